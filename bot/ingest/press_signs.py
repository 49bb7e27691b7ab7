"""Currency signs in letters that the English-language press of a country writes and CLDR
does not list: "NIS 1.71 bln" (the Israeli new shekel), "JD 9.4 million" (the Jordanian
dinar), "Tk 78.42 crore" (the taka), "TL 186.4 billion" (the Turkish lira).

Each is read as `local_signs` reads CLDR's own: before an amount with its scale, and only in
a report that names the currency or its country (here also as the adjective the press uses,
"Israeli", "Jordanian", which CLDR's territory names do not spell). Two letters ("KD", "SR")
are a label as often as a sign, and so are never read on a city's name alone.
"""

from __future__ import annotations

# sign -> the currency it stands for -> the names (countries and their adjectives) whose
# mention in a report says the sign is that currency's
PRESS_SIGNS: dict[str, dict[str, list[str]]] = {
    "NIS": {"ILS": ["Israel", "Israeli"]},
    "JD": {"JOD": ["Jordan", "Jordanian"]},
    "KD": {"KWD": ["Kuwait", "Kuwaiti"]},
    "BD": {"BHD": ["Bahrain", "Bahraini"]},
    "RO": {"OMR": ["Oman", "Omani"]},
    "QR": {"QAR": ["Qatar", "Qatari"]},
    "SR": {"SAR": ["Saudi Arabia", "Saudi"]},
    "Dh": {"AED": ["United Arab Emirates", "UAE", "Emirati"]},
    "Dhs": {"AED": ["United Arab Emirates", "UAE", "Emirati"]},
    "LE": {"EGP": ["Egypt", "Egyptian"]},
    "Tk": {"BDT": ["Bangladesh", "Bangladeshi"]},
    "Tk.": {"BDT": ["Bangladesh", "Bangladeshi"]},  # ("EPS was Tk. 4.39")
    "NLe": {"SLE": ["Sierra Leone", "Sierra Leonean"]},
    "TL": {"TRY": ["Türkiye", "Turkey", "Turkish"]},
    # East Africa's shillings with the plural "s" the press writes ("UShs 2,486.3 billion")
    "UShs": {"UGX": ["Uganda", "Ugandan"]},
    "KShs": {"KES": ["Kenya", "Kenyan"]},
    "TShs": {"TZS": ["Tanzania", "Tanzanian"]},
    # the cedi's sign as Ghana's press types it, a cent sign for its own "₵" ("GH¢842.3 million")
    "GH¢": {"GHS": ["Ghana", "Ghanaian"]},
    "GH₵": {"GHS": ["Ghana", "Ghanaian"]},
}
