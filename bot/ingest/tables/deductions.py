"""A table row that names a deduction ("Cancellations", "Property operating costs", "Cost of
sales") shows its amounts in brackets because they are taken off a total: the accountant's
minus says how the row is used, not that the cost is below zero. The amount is the cost."""

from __future__ import annotations

import re

# the row's last noun is what is taken off ("Regional corporate costs", "Impairment charges")
_DEDUCTION_END = re.compile(
    r"\b(?:costs?|expenses?|expenditures?|cancell?ations?|charges?|impairments?|depreciation"
    r"|amorti[sz]ation|write-?downs?|write-?offs?"
    # what is paid to staff: "Wages and salaries", "Payroll"
    r"|wages|salaries|payroll)\s*$",
    re.IGNORECASE,
)
_COST_OF = re.compile(r"^\s*costs?\s+of\b", re.IGNORECASE)  # "Cost of sales"
# a row that nets a gain against the deduction, or says the sign itself, keeps its brackets
_NETTED = re.compile(
    r"\b(?:income|profit|gains?|net|credits?|reversals?|recover(?:y|ies)|savings?)\b|\(",
    re.IGNORECASE,
)
_MARKS = re.compile(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s*\([a-z0-9]\)\s*$")


def deducted(label: str) -> bool:
    """LABEL names an amount taken off, shown in brackets yet itself positive."""
    label = _MARKS.sub("", label).strip(" :")
    if _NETTED.search(label):
        return False
    return bool(_DEDUCTION_END.search(label) or _COST_OF.search(label))
