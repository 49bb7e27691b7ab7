#!/usr/bin/env python3
"""Score the engine on the held-out split: the development companies in full, the test
companies in aggregate only (see SPLIT.md).

    python tests/companies/score_split.py [--split dev|test|all] [--show N] [--cmd "salesbot"]
                                          [--test-root FOLDER]

Each company is a folder with `questions.jsonl` (the corpus format) and, except the seed
company, a `bundle.json` imported into a fresh store beside the bundled seed facts. The
questions go through the real command line (`salesbot ask --json -`, one process per
company) and are judged by `../shared/eval/score.py`'s own `judge`, so figures here and
there agree.

For the test split nothing about a single question is ever printed: only the score, the
wrong answers (answered, but not right) and counts per tag and per `expect`. Tuning on
test failures one by one would make the split worthless.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path(os.environ.get("SALESBOT_SHARED", ROOT.parent / "shared"))

# The split is by company: every question about a company is on one side.
DEV = {
    "sony": HERE / "sony",  # the seed reports: questions only, no bundle
    "airbus": SHARED / "corpus" / "airbus",
    "harley-davidson": SHARED / "corpus" / "harley-davidson",
    "lg": SHARED / "corpus" / "lg",
    "toyota": SHARED / "corpus" / "toyota",
    "kestrel-motors": HERE / "kestrel-motors",
    "orbis-software": HERE / "orbis-software",
    "velmar": HERE / "velmar",
    "brolga-mobility": HERE / "brolga-mobility",
    "quillon-foods": HERE / "quillon-foods",
    "ostmark-rail": HERE / "ostmark-rail",
    "pinecrest-games": HERE / "pinecrest-games",
    "kauri-dairy": HERE / "kauri-dairy",
    "veldhoven-semis": HERE / "veldhoven-semis",
    "wrenfield-home": HERE / "wrenfield-home",
    "sahyadri-infotech": HERE / "sahyadri-infotech",
    "thornbury-vale": HERE / "thornbury-vale",
    "tundrak-powersports": HERE / "tundrak-powersports",
    "mulga-ridge": HERE / "mulga-ridge",
    "ekholm-industrial": HERE / "ekholm-industrial",
    "jandaia-bebidas": HERE / "jandaia-bebidas",
    "asagiri-retail": HERE / "asagiri-retail",
    "redtail-air": HERE / "redtail-air",
    "rheinau-pharma": HERE / "rheinau-pharma",
    "ashwa-motors": HERE / "ashwa-motors",
    "huasteca-cementos": HERE / "huasteca-cementos",
    "calder-systems": HERE / "calder-systems",
    "kirishima-denki": HERE / "kirishima-denki",
    "hanseong-electronics": HERE / "hanseong-electronics",
    "yunfan-auto": HERE / "yunfan-auto",
    "wirrina-resources": HERE / "wirrina-resources",
    "juniper-vine": HERE / "juniper-vine",
    "brenntal-maschinenbau": HERE / "brenntal-maschinenbau",
    "celvista-movil": HERE / "celvista-movil",
    "halcyon-hotels": HERE / "halcyon-hotels",
    "lumora-holdings": HERE / "lumora-holdings",
    "brackenridge-homes": HERE / "brackenridge-homes",
    "marula-retail": HERE / "marula-retail",
    "nordhavn-line": HERE / "nordhavn-line",
    "solvane-air": HERE / "solvane-air",
    "albula-pharma": HERE / "albula-pharma",
    "taquari-cervejaria": HERE / "taquari-cervejaria",
    "kallvik-forest": HERE / "kallvik-forest",
    "sunehra-consumer": HERE / "sunehra-consumer",
    "copperline-grill": HERE / "copperline-grill",
    "skyloom-streaming": HERE / "skyloom-streaming",
    "hongtai-precision": HERE / "hongtai-precision",
    "aldervind-wind": HERE / "aldervind-wind",
    "basalt-creek-energy": HERE / "basalt-creek-energy",
    "yunjin-commerce": HERE / "yunjin-commerce",
    "meridia-telecom": HERE / "meridia-telecom",
    "strathcarron-spirits": HERE / "strathcarron-spirits",
    "corvanta-payments": HERE / "corvanta-payments",
    "kurobane-computer": HERE / "kurobane-computer",
    "arvella-nutrients": HERE / "arvella-nutrients",
    "hostara-travel": HERE / "hostara-travel",
    "akitsu-steel": HERE / "akitsu-steel",
    "ferrandi-fashion": HERE / "ferrandi-fashion",
    "lochmara-renewables": HERE / "lochmara-renewables",
    "yuanhe-foundry": HERE / "yuanhe-foundry",
    "lingxiu-land": HERE / "lingxiu-land",
    "tern-logistics": HERE / "tern-logistics",
    "zeelander-insurance": HERE / "zeelander-insurance",
    "zenlith-solar": HERE / "zenlith-solar",
    "rookery-burger": HERE / "rookery-burger",
    "fairhaven-voyages": HERE / "fairhaven-voyages",
    "lotus-pearl-resorts": HERE / "lotus-pearl-resorts",
    "veloro-athletic": HERE / "veloro-athletic",
    "haldhar-tractors": HERE / "haldhar-tractors",
    "harzfeld-automotive": HERE / "harzfeld-automotive",
    "vallorbe-horlogerie": HERE / "vallorbe-horlogerie",
    "skarvoy-salmon": HERE / "skarvoy-salmon",
    "kazahana-interactive": HERE / "kazahana-interactive",
    "laurentian-northern": HERE / "laurentian-northern",
    "itacolomi-mineracao": HERE / "itacolomi-mineracao",
    "muskwa-minerals": HERE / "muskwa-minerals",
    "sampan-marketplace": HERE / "sampan-marketplace",
    "vindhya-airports": HERE / "vindhya-airports",
    "brigstock-tobacco": HERE / "brigstock-tobacco",
    "arvenne-autoroutes": HERE / "arvenne-autoroutes",
    "corrigan-defense": HERE / "corrigan-defense",
    "pipwick-toys": HERE / "pipwick-toys",
    "tanjung-seri-ports": HERE / "tanjung-seri-ports",
    "brinkhorst-agro": HERE / "brinkhorst-agro",
    "hakubi-cycle": HERE / "hakubi-cycle",
    "rutschi-coatings": HERE / "rutschi-coatings",
    "tornvik-lifts": HERE / "tornvik-lifts",
    "quenby-water": HERE / "quenby-water",
    "koppelaar-staffing": HERE / "koppelaar-staffing",
    "starling-bay-parks": HERE / "starling-bay-parks",
    "cindervale-cloud": HERE / "cindervale-cloud",
    "ashcombe-motor-cars": HERE / "ashcombe-motor-cars",
    "hinokawa-pharma": HERE / "hinokawa-pharma",
    "hollowbrook-tavern": HERE / "hollowbrook-tavern",
    "rautavesi-metals": HERE / "rautavesi-metals",
    "cirrane-inflight": HERE / "cirrane-inflight",
    "lorimer-optical": HERE / "lorimer-optical",
    "ashgrove-memorial": HERE / "ashgrove-memorial",
    "corvallen-agroscience": HERE / "corvallen-agroscience",
    "amanogawa-satellite": HERE / "amanogawa-satellite",
    "tamarack-payworks": HERE / "tamarack-payworks",
    "calverley-dental": HERE / "calverley-dental",
    "seohae-shipbuilding": HERE / "seohae-shipbuilding",
    "puddlestone-childcare": HERE / "puddlestone-childcare",
    "veradon-plasma": HERE / "veradon-plasma",
    "noordveld-recycling": HERE / "noordveld-recycling",
    "palladia-gaming": HERE / "palladia-gaming",
    "ferncastle-coffee": HERE / "ferncastle-coffee",
    "marlowe-sound": HERE / "marlowe-sound",
    "oskana-uranium": HERE / "oskana-uranium",
    "furrowline-pets": HERE / "furrowline-pets",
    "umkhiwa-healthcare": HERE / "umkhiwa-healthcare",
    "pellham-environmental": HERE / "pellham-environmental",
    "ondrelli-milano": HERE / "ondrelli-milano",
    "meranti-datacentres": HERE / "meranti-datacentres",
    "shirasagi-rentacar": HERE / "shirasagi-rentacar",
    "penhallow-learning": HERE / "penhallow-learning",
    "karoo-towers": HERE / "karoo-towers",
    "frostholm-foods": HERE / "frostholm-foods",
    "lantaro-travel": HERE / "lantaro-travel",
    "pellmore-furnishings": HERE / "pellmore-furnishings",
    "tellmark-aero": HERE / "tellmark-aero",
    "serra-dourada-acucar": HERE / "serra-dourada-acucar",
    "glarona-resorts": HERE / "glarona-resorts",
    "veltrano-tyres": HERE / "veltrano-tyres",
    "birchley-drug": HERE / "birchley-drug",
    "pelgrave-cans": HERE / "pelgrave-cans",
    "harwick-estates": HERE / "harwick-estates",
    "mazurek-agd": HERE / "mazurek-agd",
    "marrowfield-poultry": HERE / "marrowfield-poultry",
    "hexley-packaging": HERE / "hexley-packaging",
    "fennick-exchange": HERE / "fennick-exchange",
    "tolliver-freight": HERE / "tolliver-freight",
    "veridane-surgical": HERE / "veridane-surgical",
    "pacheco-lithium": HERE / "pacheco-lithium",
    "cradlewood-fertility": HERE / "cradlewood-fertility",
    "kaltenbrunn-gase": HERE / "kaltenbrunn-gase",
    "bellmere-coach": HERE / "bellmere-coach",
    "cordell-pawn": HERE / "cordell-pawn",
    "glasshaven-growers": HERE / "glasshaven-growers",
    "harrowgate-cabinetry": HERE / "harrowgate-cabinetry",
    "slumbrook-sleep": HERE / "slumbrook-sleep",
    "tessaly-clinical": HERE / "tessaly-clinical",
    "merriwick-cards": HERE / "merriwick-cards",
    "quickstall-vending": HERE / "quickstall-vending",
    "strikehaven-lanes": HERE / "strikehaven-lanes",
    "brightmoor-nutrition": HERE / "brightmoor-nutrition",
    "vesperine-travel-retail": HERE / "vesperine-travel-retail",
    "talverra-connect": HERE / "talverra-connect",
    "chemoset-tea": HERE / "chemoset-tea",
    "oakhurst-motor-group": HERE / "oakhurst-motor-group",
    "wapiti-hydro": HERE / "wapiti-hydro",
    "serovance-vaccines": HERE / "serovance-vaccines",
    "corran-bay-cruises": HERE / "corran-bay-cruises",
    "pukerau-wine-group": HERE / "pukerau-wine-group",
    "halloran-finch": HERE / "halloran-finch",
    "obernau-cacao": HERE / "obernau-cacao",
    "wardlock-alarms": HERE / "wardlock-alarms",
    "swiftmere-parcel": HERE / "swiftmere-parcel",
    "mikagura-golf": HERE / "mikagura-golf",
    "ridgeway-garment": HERE / "ridgeway-garment",
    "vallancourt-parking": HERE / "vallancourt-parking",
    "marisol-vacation-clubs": HERE / "marisol-vacation-clubs",
    "kazamidori-workspace": HERE / "kazamidori-workspace",
    "castellan-outdoor": HERE / "castellan-outdoor",
    "parlavo-languages": HERE / "parlavo-languages",
    "kettlewell-springs": HERE / "kettlewell-springs",
    "sablewood-rail-leasing": HERE / "sablewood-rail-leasing",
    "fernlow-pet-cover": HERE / "fernlow-pet-cover",
    "sollara-home-energy": HERE / "sollara-home-energy",
    "havblik-lotteri": HERE / "havblik-lotteri",
    "ironvale-fitness": HERE / "ironvale-fitness",
    "quitralco-salmones": HERE / "quitralco-salmones",
    "kiyotaki-expressway": HERE / "kiyotaki-expressway",
    "lanternfield-cinemas": HERE / "lanternfield-cinemas",
    "sunbird-pathology": HERE / "sunbird-pathology",
    "glossway-car-wash": HERE / "glossway-car-wash",
    "cempaka-healthcare": HERE / "cempaka-healthcare",
    "calumet-ridge-machinery": HERE / "calumet-ridge-machinery",
    "brightwater-risk": HERE / "brightwater-risk",
    "pellucid-hearing": HERE / "pellucid-hearing",
    "thamesford-seeds": HERE / "thamesford-seeds",
    "quadrant-living": HERE / "quadrant-living",
    "saugeen-crane": HERE / "saugeen-crane",
    "kozakov-kolo": HERE / "kozakov-kolo",
    "lunde-matkasse": HERE / "lunde-matkasse",
    "iskra-arena": HERE / "iskra-arena",
    "tsubame-aerial": HERE / "tsubame-aerial",
    "dunmanus-foodstores": HERE / "dunmanus-foodstores",
    "quollguard-pest": HERE / "quollguard-pest",
    "jadeline-elevator": HERE / "jadeline-elevator",
    "kormoran-outdoor": HERE / "kormoran-outdoor",
    "norrkalla-nicotine": HERE / "norrkalla-nicotine",
    "tidewell-pool": HERE / "tidewell-pool",
    "hidamori-lumber": HERE / "hidamori-lumber",
    "hollinsworth-pharmacy": HERE / "hollinsworth-pharmacy",
    "tsuyukusa-card-wrap": HERE / "tsuyukusa-card-wrap",
    "haneul-fuel-cell": HERE / "haneul-fuel-cell",
    "tumaini-blooms": HERE / "tumaini-blooms",
    "bitgaram-exchange": HERE / "bitgaram-exchange",
    "kessick-salt": HERE / "kessick-salt",
    "sejuk-cold-chain": HERE / "sejuk-cold-chain",
    "lumenrow-farms": HERE / "lumenrow-farms",
    "karrova-auto": HERE / "karrova-auto",
    "straitsbox-leasing": HERE / "straitsbox-leasing",
    "tala-bay-resorts": HERE / "tala-bay-resorts",
    "cadenzo-music": HERE / "cadenzo-music",
    "skovlund-vind": HERE / "skovlund-vind",
    "nettlebrook-cannabis": HERE / "nettlebrook-cannabis",
    "shiokaze-airports": HERE / "shiokaze-airports",
    "mizuhiki-card": HERE / "mizuhiki-card",
    "sawgrass-homes": HERE / "sawgrass-homes",
    "goudveld-eggs": HERE / "goudveld-eggs",
    "pindari-storage": HERE / "pindari-storage",
    "harefield-vets": HERE / "harefield-vets",
    "gavelstone-auctions": HERE / "gavelstone-auctions",
    "calderbrook-albion": HERE / "calderbrook-albion",
    "vembanad-bank": HERE / "vembanad-bank",
    "aldercrest-capital": HERE / "aldercrest-capital",
    "hanbit-cells": HERE / "hanbit-cells",
    "kindlewick-dating": HERE / "kindlewick-dating",
    "batu-hitam-coal": HERE / "batu-hitam-coal",
    "ferrovia-sur": HERE / "ferrovia-sur",
    "oakmere-schools": HERE / "oakmere-schools",
    "tidemark-desal": HERE / "tidemark-desal",
    "karhu-games": HERE / "karhu-games",
    "suncrest-solar-homes": HERE / "suncrest-solar-homes",
    "veloce-cargo-air": HERE / "veloce-cargo-air",
    "nuri-webtoon": HERE / "nuri-webtoon",
    "egevale-appliances": HERE / "egevale-appliances",
    "negevshield-security": HERE / "negevshield-security",
    "koszyk-fresh": HERE / "koszyk-fresh",
    "rangoli-paints": HERE / "rangoli-paints",
    "quarrington-ortho": HERE / "quarrington-ortho",
    "kvittra-pay": HERE / "kvittra-pay",
    "zuma-mobile": HERE / "zuma-mobile",
    "cerro-albo-cobre": HERE / "cerro-albo-cobre",
    "song-lam-plastics": HERE / "song-lam-plastics",
    "qantara-payments": HERE / "qantara-payments",
    "aubrac-fromageries": HERE / "aubrac-fromageries",
    "laurentide-trust": HERE / "laurentide-trust",
    "najd-hypermarkets": HERE / "najd-hypermarkets",
    "quokka-hr-cloud": HERE / "quokka-hr-cloud",
    "prairie-gate-reit": HERE / "prairie-gate-reit",
    "fjordlaks": HERE / "fjordlaks",
    "hsinchu-microfab": HERE / "hsinchu-microfab",
    "anatolia-beyaz": HERE / "anatolia-beyaz",
    "simba-mobile-money": HERE / "simba-mobile-money",
    "galil-avionics": HERE / "galil-avionics",
    "cedar-ridge-resorts": HERE / "cedar-ridge-resorts",
    "marisma-conservas": HERE / "marisma-conservas",
    "kilimanjaro-breweries": HERE / "kilimanjaro-breweries",
    "rhonegold-private-bank": HERE / "rhonegold-private-bank",
    "tasman-aged-care": HERE / "tasman-aged-care",
    "larchmont-outfitters": HERE / "larchmont-outfitters",
    "punta-lobos-pesquera": HERE / "punta-lobos-pesquera",
    "araucania-cherries": HERE / "araucania-cherries",
    "citrolandia-sucos": HERE / "citrolandia-sucos",
    "marchetti-gruppo": HERE / "marchetti-gruppo",
    "kasumigaoka-depato": HERE / "kasumigaoka-depato",
    "hartsfield-united": HERE / "hartsfield-united",
    "chasseral-horlogerie": HERE / "chasseral-horlogerie",
    "tapti-valley-sugar": HERE / "tapti-valley-sugar",
    "tallgrass-vehicle-group": HERE / "tallgrass-vehicle-group",
    "merituuli-lines": HERE / "merituuli-lines",
    "larchpeak-mountain": HERE / "larchpeak-mountain",
    "sahab-airways": HERE / "sahab-airways",
    "kowhai-bay-fruit": HERE / "kowhai-bay-fruit",
    "norrsken-telekom": HERE / "norrsken-telekom",
    "zielony-wozek": HERE / "zielony-wozek",
    "briarwood-chicken": HERE / "briarwood-chicken",
    "kusunoki-drug": HERE / "kusunoki-drug",
    "lahnfeld-chemie": HERE / "lahnfeld-chemie",
    "mokgalo-platinum": HERE / "mokgalo-platinum",
    "reestdal-fietsen": HERE / "reestdal-fietsen",
    "sierra-madre-bebidas": HERE / "sierra-madre-bebidas",
    "corrib-air": HERE / "corrib-air",
    "nubaria-nitrogen": HERE / "nubaria-nitrogen",
    "qingluan-motors": HERE / "qingluan-motors",
    "satpura-cement": HERE / "satpura-cement",
    "quaymoor-pubs": HERE / "quaymoor-pubs",
    "ljungdal-trucks": HERE / "ljungdal-trucks",
    "veranthe-systems": HERE / "veranthe-systems",
    "obaleke-bank": HERE / "obaleke-bank",
    "stockwell-club": HERE / "stockwell-club",
    "saeng-arun-hotels": HERE / "saeng-arun-hotels",
    "vesterhav-wind": HERE / "vesterhav-wind",
    "tsukiyo-stream": HERE / "tsukiyo-stream",
    "dalbit-games": HERE / "dalbit-games",
    "arbelix-surgical": HERE / "arbelix-surgical",
    "fundy-harvest": HERE / "fundy-harvest",
    "sekar-cengkeh": HERE / "sekar-cengkeh",
    "nilgiri-life": HERE / "nilgiri-life",
    "hotaru-mart": HERE / "hotaru-mart",
    "kavaj-mode": HERE / "kavaj-mode",
    "danshui-computer": HERE / "danshui-computer",
    "garderobia": HERE / "garderobia",
    "sertanejo-carnes": HERE / "sertanejo-carnes",
    "ventrosa-cloud": HERE / "ventrosa-cloud",
    "luzara-electric": HERE / "luzara-electric",
    "haselgrund-energietechnik": HERE / "haselgrund-energietechnik",
    "sotavento-hoteles": HERE / "sotavento-hoteles",
    "byeolbit-entertainment": HERE / "byeolbit-entertainment",
    "wensleigh-supermarkets": HERE / "wensleigh-supermarkets",
    "redbarrow-restaurants": HERE / "redbarrow-restaurants",
    "athabrook-energy": HERE / "athabrook-energy",
    "montbrison-sellier": HERE / "montbrison-sellier",
    "meghdoot-motocorp": HERE / "meghdoot-motocorp",
    "jinghai-battery": HERE / "jinghai-battery",
    "meltem-havayollari": HERE / "meltem-havayollari",
    "rawabi-medical": HERE / "rawabi-medical",
    "sabia-drogarias": HERE / "sabia-drogarias",
    "totara-valley-dairy": HERE / "totara-valley-dairy",
    "coralwind-cruises": HERE / "coralwind-cruises",
    "tarnava-gaz": HERE / "tarnava-gaz",
    "rigiblick-insurance": HERE / "rigiblick-insurance",
    "jade-harbour-ports": HERE / "jade-harbour-ports",
    "potohar-cement": HERE / "potohar-cement",
    "nefertem-pharma": HERE / "nefertem-pharma",
    "obsidian-process": HERE / "obsidian-process",
    "lamesa-food-group": HERE / "lamesa-food-group",
    "brisamar-moda": HERE / "brisamar-moda",
    "sassandra-cacao": HERE / "sassandra-cacao",
    "hakavuori-flow": HERE / "hakavuori-flow",
    "phuoc-an-seafood": HERE / "phuoc-an-seafood",
    "pinyon-airlines": HERE / "pinyon-airlines",
    "cottisford-homes": HERE / "cottisford-homes",
    "llancahue-cobre": HERE / "llancahue-cobre",
    "kazekiri-interactive": HERE / "kazekiri-interactive",
    "dijkpost": HERE / "dijkpost",
    "tequendama-alimentos": HERE / "tequendama-alimentos",
    "dunakanyar-pharma": HERE / "dunakanyar-pharma",
    "kelvane-software": HERE / "kelvane-software",
    "kamling-development": HERE / "kamling-development",
    "padmaloke-pharma": HERE / "padmaloke-pharma",
    "ovalis-hospitality": HERE / "ovalis-hospitality",
    "drumlargan-distillers": HERE / "drumlargan-distillers",
    "saryarqa-bank": HERE / "saryarqa-bank",
    "palomino-express": HERE / "palomino-express",
    "palmetto-biscuit": HERE / "palmetto-biscuit",
    "ayaba-telecom": HERE / "ayaba-telecom",
    "sowa-interactive": HERE / "sowa-interactive",
    "defne-magazacilik": HERE / "defne-magazacilik",
    "ardentis-therapeutics": HERE / "ardentis-therapeutics",
    "tadla-phosphates": HERE / "tadla-phosphates",
    "wallaroo-markets": HERE / "wallaroo-markets",
    "vaudrey-groupe": HERE / "vaudrey-groupe",
    "dalisay-holdings": HERE / "dalisay-holdings",
    "altomaule-vinos": HERE / "altomaule-vinos",
    "ebersfeld-industrie": HERE / "ebersfeld-industrie",
    "carrigmore-group": HERE / "carrigmore-group",
    "lasusua-nikel": HERE / "lasusua-nikel",
    "huallaga-bank": HERE / "huallaga-bank",
    "tianjiao-sports": HERE / "tianjiao-sports",
    "tualang-glove": HERE / "tualang-glove",
    "vouga-energia": HERE / "vouga-energia",
    "cascabel-silicon": HERE / "cascabel-silicon",
    "rupsha-apparels": HERE / "rupsha-apparels",
    "cerny-luh-pivovary": HERE / "cerny-luh-pivovary",
    "baruun-nuruu-resources": HERE / "baruun-nuruu-resources",
    "sarus-airways": HERE / "sarus-airways",
    "harfang-grocers": HERE / "harfang-grocers",
    "haemaru-line": HERE / "haemaru-line",
    "ruapehu-milk": HERE / "ruapehu-milk",
    "kirthar-cement": HERE / "kirthar-cement",
    "mekhala-hotels": HERE / "mekhala-hotels",
    "stonecrop-homes": HERE / "stonecrop-homes",
    "storvika-sjomat": HERE / "storvika-sjomat",
    "thao-nguyen-dairy": HERE / "thao-nguyen-dairy",
    "himjharna-hydro": HERE / "himjharna-hydro",
    "abol-coffee": HERE / "abol-coffee",
    "kavir-kashi": HERE / "kavir-kashi",
    "nilwala-apparel": HERE / "nilwala-apparel",
    "chisanga-copper": HERE / "chisanga-copper",
    "pelagos-air": HERE / "pelagos-air",
    "dudhkoshi-bank": HERE / "dudhkoshi-bank",
    "hermon-foods": HERE / "hermon-foods",
    "aragvi-bank": HERE / "aragvi-bank",
    "shahdab-sugar": HERE / "shahdab-sugar",
    "banyen-foods": HERE / "banyen-foods",
    "ankasa-bank": HERE / "ankasa-bank",
    "chijin-marine": HERE / "chijin-marine",
    "rwenzori-telecom": HERE / "rwenzori-telecom",
    "zarafshon-tekstil": HERE / "zarafshon-tekstil",
    "tlotlo-hardware": HERE / "tlotlo-hardware",
    "la-cigua-supermercados": HERE / "la-cigua-supermercados",
    "sarapiqui-frutas": HERE / "sarapiqui-frutas",
    "blue-mahoe-holdings": HERE / "blue-mahoe-holdings",
    "namaka-stores": HERE / "namaka-stores",
    "sanaga-palmeraies": HERE / "sanaga-palmeraies",
    "rumdoul-mart": HERE / "rumdoul-mart",
    "azbuka-retail": HERE / "azbuka-retail",
    "rumman-sweets": HERE / "rumman-sweets",
    "papyros-stores": HERE / "papyros-stores",
    "tunduk-market": HERE / "tunduk-market",
    "kalkara-stores": HERE / "kalkara-stores",
    "matombo-dairies": HERE / "matombo-dairies",
    "kuiseb-fishing": HERE / "kuiseb-fishing",
    "tagrin-flour-mills": HERE / "tagrin-flour-mills",
    "ravi-crest-foods": HERE / "ravi-crest-foods",
    "tsoro-beverages": HERE / "tsoro-beverages",
    "margalla-dairies": HERE / "margalla-dairies",
    "sorraia-cork": HERE / "sorraia-cork",
    "montado-cork": HERE / "montado-cork",
    "tolhuaca-buses": HERE / "tolhuaca-buses",
    "caragana-grain": HERE / "caragana-grain",
    "olumo-payments": HERE / "olumo-payments",
    "granbacka-skog": HERE / "granbacka-skog",
    "jarzebina-autobusy": HERE / "jarzebina-autobusy",
    "corymbia-health": HERE / "corymbia-health",
    "rimba-kencana-agro": HERE / "rimba-kencana-agro",
    "tiba-steel": HERE / "tiba-steel",
    "farallones-cafe": HERE / "farallones-cafe",
    "sneeuberg-living": HERE / "sneeuberg-living",
    "tindiret-kirinyaga-tea": HERE / "tindiret-kirinyaga-tea",
    "dostawka": HERE / "dostawka",
    "ravnsbjerg-offshore": HERE / "ravnsbjerg-offshore",
    "sihlwald-medical": HERE / "sihlwald-medical",
    "saptapadi-vastra": HERE / "saptapadi-vastra",
    "capivara-fit": HERE / "capivara-fit",
    "glenmullen-co-op": HERE / "glenmullen-co-op",
    "kinneret-cyber": HERE / "kinneret-cyber",
    "oranmiyan-mobile": HERE / "oranmiyan-mobile",
    "warrigal-gold": HERE / "warrigal-gold",
    "larkhollow-home": HERE / "larkhollow-home",
    "arroyo-dulce-calandria": HERE / "arroyo-dulce-calandria",
    "van-hai-power": HERE / "van-hai-power",
    "dolsan-shipbuilding": HERE / "dolsan-shipbuilding",
    "kusinero-foods": HERE / "kusinero-foods",
    "lindenhag-werkzeuge": HERE / "lindenhag-werkzeuge",
    "knockbrack-materials": HERE / "knockbrack-materials",
    "sarab-creek-developments": HERE / "sarab-creek-developments",
    "keewatin-pacific-rail": HERE / "keewatin-pacific-rail",
    "koivukoski-board": HERE / "koivukoski-board",
    "kopi-dash": HERE / "kopi-dash",
    "jubara-petrochem": HERE / "jubara-petrochem",
    "harrowden-vale": HERE / "harrowden-vale",
    "bozdag-otomotiv": HERE / "bozdag-otomotiv",
    "cinetzin": HERE / "cinetzin",
    "indrayani-technologies": HERE / "indrayani-technologies",
    "bystrzyca-agd": HERE / "bystrzyca-agd",
    "azinhal-cortica": HERE / "azinhal-cortica",
    "alcaravan-hoteles": HERE / "alcaravan-hoteles",
    "hoang-hac-digital": HERE / "hoang-hac-digital",
    "kawartha-health": HERE / "kawartha-health",
    "isonami-motor": HERE / "isonami-motor",
    "banksia-vale-health": HERE / "banksia-vale-health",
    "cantera-bajio": HERE / "cantera-bajio",
    "soomgyeol-cosmetics": HERE / "soomgyeol-cosmetics",
    "metsalahti-group": HERE / "metsalahti-group",
    "itapura-bioenergia": HERE / "itapura-bioenergia",
    "kwelderhof-kassen": HERE / "kwelderhof-kassen",
    "huillinco-salmones": HERE / "huillinco-salmones",
    "deschryver-chocolatier": HERE / "deschryver-chocolatier",
    "jedlova-pivovary": HERE / "jedlova-pivovary",
    "tall-pine-roadhouse": HERE / "tall-pine-roadhouse",
    "sazanami-denshi": HERE / "sazanami-denshi",
    "cendana-menara": HERE / "cendana-menara",
    "farmacia-carpatica": HERE / "farmacia-carpatica",
    "tsagaan-ikh-cashmere": HERE / "tsagaan-ikh-cashmere",
    "erable-boreal": HERE / "erable-boreal",
    "pohorje-sport": HERE / "pohorje-sport",
    "flores-sabana": HERE / "flores-sabana",
    "uva-highlands-tea": HERE / "uva-highlands-tea",
    "xenhanh-mobility": HERE / "xenhanh-mobility",
    "tisza-agro": HERE / "tisza-agro",
    "vattern-industri": HERE / "vattern-industri",
    "schelde-specialty-chemicals": HERE / "schelde-specialty-chemicals",
    "kestrel-home-retail": HERE / "kestrel-home-retail",
    "saguaro-solar-tracking": HERE / "saguaro-solar-tracking",
    "mistral-rail-freight": HERE / "mistral-rail-freight",
    "tasik-telco": HERE / "tasik-telco",
    "bramhope-leisure": HERE / "bramhope-leisure",
    "vellmar-lithography": HERE / "vellmar-lithography",
    "tezbazaar-quick": HERE / "tezbazaar-quick",
    "kuusijarvi-pulp": HERE / "kuusijarvi-pulp",
    "saltire-water-utilities": HERE / "saltire-water-utilities",
    "mekong-jade-seafood": HERE / "mekong-jade-seafood",
    "orla-do-tejo-seguros": HERE / "orla-do-tejo-seguros",
    "kagiso-fleet-rentals": HERE / "kagiso-fleet-rentals",
    "heimdal-games": HERE / "heimdal-games",
    "pacifico-andino-airlines": HERE / "pacifico-andino-airlines",
    "tamarind-bay-telecom": HERE / "tamarind-bay-telecom",
    "tatra-sklo": HERE / "tatra-sklo",
    "tafilalt-dattes": HERE / "tafilalt-dattes",
    "brisk-harbour-ferries": HERE / "brisk-harbour-ferries",
    "nuvem-azul-software": HERE / "nuvem-azul-software",
    "lofoten-sjokraft": HERE / "lofoten-sjokraft",
    "guarani-yerba": HERE / "guarani-yerba",
    "mombasa-cold-chain": HERE / "mombasa-cold-chain",
    "tbilisi-wine-house": HERE / "tbilisi-wine-house",
    "kutai-plywood": HERE / "kutai-plywood",
    "penang-chip-test": HERE / "penang-chip-test",
    "oaxaca-mezcal": HERE / "oaxaca-mezcal",
    "ural-rail-wagons": HERE / "ural-rail-wagons",
    "avonmore-cider": HERE / "avonmore-cider",
    "ruvuma-cashew": HERE / "ruvuma-cashew",
    "orla-rail-freight": HERE / "orla-rail-freight",
    "kasbah-textiles": HERE / "kasbah-textiles",
    "lyrebird-insure": HERE / "lyrebird-insure",
    "tarawera-geothermal": HERE / "tarawera-geothermal",
    "kolkata-jute-mills": HERE / "kolkata-jute-mills",
    "corrib-bus-travel": HERE / "corrib-bus-travel",
    "pirin-ski-resorts": HERE / "pirin-ski-resorts",
    "harbourline-vets": HERE / "harbourline-vets",
    "selangor-glassworks": HERE / "selangor-glassworks",
    "nordfjell-elevators": HERE / "nordfjell-elevators",
    "quetzal-coffee-roasters": HERE / "quetzal-coffee-roasters",
    "baltic-amber-telecom": HERE / "baltic-amber-telecom",
    "cebu-contact-centres": HERE / "cebu-contact-centres",
    "manitoba-canola-crush": HERE / "manitoba-canola-crush",
    "ortho-arc-aligners": HERE / "ortho-arc-aligners",
    "kyushu-ryokan": HERE / "kyushu-ryokan",
    "valais-watchmakers": HERE / "valais-watchmakers",
    "perth-mineral-sands": HERE / "perth-mineral-sands",
    "lagos-fintech-wallets": HERE / "lagos-fintech-wallets",
    "montevideo-wool-traders": HERE / "montevideo-wool-traders",
    "oulu-sauna-makers": HERE / "oulu-sauna-makers",
    "azores-tuna-canners": HERE / "azores-tuna-canners",
    "tartu-ebike-rentals": HERE / "tartu-ebike-rentals",
    "nairobi-solar-paygo": HERE / "nairobi-solar-paygo",
    "queretaro-aeropartes": HERE / "queretaro-aeropartes",
    "reykjavik-data-centres": HERE / "reykjavik-data-centres",
    "santiago-afp-pensiones": HERE / "santiago-afp-pensiones",
    "osaka-vending-ops": HERE / "osaka-vending-ops",
    "cusco-rail-tours": HERE / "cusco-rail-tours",
    "halifax-lobster-exports": HERE / "halifax-lobster-exports",
    "gyeonggi-theme-parks": HERE / "gyeonggi-theme-parks",
    "wellington-film-studios": HERE / "wellington-film-studios",
    "la-paz-cable-cars": HERE / "la-paz-cable-cars",
}
TEST_COMPANIES = (
    "pemberton-retail",
    "hoshino-games",
    "larkspur-medical",
    "norrvik-marine",
    "tamagawa-optics",
    "daeyang-components",
    "xinghe-auto",
    "cobaltline-software",
    "tallowood-grocers",
    "haedong-heavy",
    "vantrel-systems",
    "zipway-mobility",
    "maison-arcelle",
    "kinistino-nutrients",
    "kadrowa-cinemas",
    "aurikel-hearing",
    "northpeak-fitness",
    "ravensmoor-athletic",
    "silverfen-royalty",
    "belcara-beauty",
    "skjoldvik-ferries",
    "tessaro-floorcoverings",
    "halvergate-chemicals",
    "brambleloaf-bakehouse",
    "kaveripet-spinning",
    "tarnwall-security",
    "kopanong-live",
    "veyra-orbital",
    "kelip-mobility",
    "havrelund-oats",
    "tarawhiti-rotorcraft",
    "halfmoon-bet",
    "brathwick-subsea",
    "vellamare-yachts",
    "kanok-ocean-foods",
    "selvara-denim",
    "prairie-meridian-rail",
    "wattlebrook-nutrition",
    "ptarmigan-peaks",
    "yarrowby-bus",
    "sparkmate",
    "aprendi-idiomas",
    "breznik-traktory",
    "ikhwezi-gold",
    "sony-chat",  # the seed reports: questions only, no bundle
    "bellhaven-campus",
    "rijnmond-barge",
    "seatrelay-tickets",
    "fengyuan-bikes",
    "te-awa-energy",
    "hinode-mart",
    "bayanihan-malls",
    "thornwick-inns",
    "kinabalu-plantations",
    "karoo-fresh",
    "aztlan-aeropuertos",
    "borneo-batu",
    "kiwiana-orchards",
    "danubia-rail-cargo",
    "sertao-eolica",
    "zugerberg-chocolatiers",
    "pelican-point-casinos",
    "yamabiko-railway",
    "yeonhwa-cosmetics",
    "coolabah-fresh",
    "toroslar-appliances",
    "kaskawan-gold",
    "marlbury-homes",
    "bach-ma-dairy",
    "hvitsand-havbruk",
    "ipe-linhas-aereas",
    "osage-prairie-bancorp",
    "feiyan-mobility",
    "falkenried-omnibus",
    "kurrajong-bank",
    "ironquill-cyber",
    "vajrakhand-steel",
    "sorrel-vane",
    "almacenes-quillay",
    "tamina-pharma",
    "mawingu-mobile",
    "zennevallei-brewing",
    "pennock-medical",
    "pampa-tamarugal",
    "garudvega-motors",
    "slievemore-materials",
    "winglok-land",
    "sorbelli-alimentare",
    "ebute-fibre",
    "guayacan-cafe",
    "gidgee-automotive",
    "fjordvang-medical",
    "casa-mezquite",
    "jaworzyna-meble",
    "rattana-nikhom",
    "dixon-hollow-stores",
    "tholo-home",
    "argonaftis-lines",
    "rajarata-ceramics",
    "havtind-offshore",
    "aldermoor-medical",
    "vicuna-express",
    "lanyang-bakery",
    "betpak-uranium",
    "suzukaze-megane",
    "cakrawala-menara",
    "ofek-cloud",
    "kitakaze-railway",
    "mlima-bank",
    "auenthal-automotive",
    "sagebrook-retail",
    "lyktan-gaming",
    "vaigai-technologies",
    "verhaegen-chocolates",
    "kallang-quay-reit",
    "bannock-freightways",
    "shirakaba-home",
    "honkaranta",
    "yaoguang-mobile",
    "kittiwake-airways",
    "wissal-telecom",
    "loyang-offshore",
    "sabine-crest-health",
    "tinajani-cementos",
    "wavecrest-electronics",
    "estrela-redes",
    "saaremets-grupp",
    "tulsivan-consumer",
    "calzado-tzintzun",
    "mopane-stores",
    "rimal-petrochemical",
    "wexbridge-medical",
    "minamikaze-mart",
    "ruamsuk-bank",
    "wahat-misr",
    "rio-salado-lacteos",
    "gureum-interactive",
    "veerkade-payments",
    "sustenhorn-dental",
    "lanyue-auto",
    "mvule-telkom",
    "brixley-stores",
    "coondarra-iron",
    "mayura-foods",
    "jabuticaba-online",
    "tianmu-footwear",
    "coteau-ridge-energy",
    "jantar-bank",
    "ghaf-properties",
    "bidda-bank",
    "kazaguruma-retailing",
    "wulingshan-liquor",
    "cendrawasih-bank",
    "akebono-mart",
    "tanglaw-bank",
    "mukurwe-estates",
    "weissenstein-uhren",
    "fayrouz-payments",
    "sandveld-build",
    "entoto-airlines",
    "kolpa-energija",
    "somesfarm",
    "morne-vert-group",
    "cuchilla-negra-frigorifico",
    "laguna-brava-carnes",
    "chilalo-breweries",
    "chure-hills-cement",
    "tayyibat-poultry",
    "hariwa-steel",
    "tsukishiro-shuzo",
    "hrafnsey",
    "mahaweli-bank",
    "thanlwin-energy",
    "alto-parana-granos",
    "dubysa-baldai",
    "jubones-banano",
    "hope-river-foods",
    "moruga-holdings",
    "sanaga-boissons",
    "vesi-bay-stores",
    "kiskadee-supermarkets",
    "merbau-agri",
    "nam-khan-beverage",
    "xlendi-retail",
    "sengsavang-drinks",
    "kalamos-retail",
    "rukweza-milling",
    "kohsar-fans",
    "tagrin-mills",
    "swakop-hardware",
    "uguisu-holdings",
    "montado-cork-composites",
    "ahvenmeri-line",
    "sebou-agrifert",
    "tausi-pesa",
    "zirbenalm-bergbahnen",
    "mericli-dorse",
    "harakeke-retirement",
    "lam-vien-garment",
    "balangay-stores",
    "seivag-havbruk",
    "wiang-thong-parts",
    "quebrada-honda-cordillera-azul",
    "vahanmitra-finance",
    "cuauhtli-aeropuertos",
    "mizuchi-entertainment",
    "qingyin-tech",
    "yakamoz-fiber",
    "caleta-tortuga-pesquera",
    "kalypso-seaways",
    "kinbasket-lumber",
    "tengri-uranium",
    "hamanasu-drug",
    "helang-tempua-air",
    "fossekallen-kraft",
    "qiyuan-motors",
    "rakaia-energy",
    "chihsing-computer",
    "vallmo-mode",
    "tecolote-bebidas",
    "sukjai-mart",
    "hvidsten-biosolutions",
    "jizera-elektrobus",
    "ngong-shuen-ports",
    "zemplen-generika",
    "pudu-lineas-aereas",
    "bungaree-vintners",
    "maelbeek-group",
    "nyandarua-creameries",
    "gamskogel-bergbahnen",
    "zoldana-ottica",
    "kenari-pangan",
    "umlilo-grill",
    "hollerbach-landtechnik",
    "ardnacraig-distillers",
    "trois-sommets-lait",
    "dajia-cycle",
    "huarmey-azul-pesquera",
    "kalinaw-electric",
    "bodegas-lunlunta",
    "kinangop-dairy",
    "teratak-stays",
    "ankobra-cocoa",
    "hartlebury-stores",
    "yuzuriha-stores",
    "nakhlat-qassim",
    "padma-knit-exports",
    "anadolu-sky-catering",
    "shannonmore-aviation",
    "chao-phraya-medical",
    "kurzeme-log-homes",
    "wadi-rum-pharma",
    "jadran-hoteli",
    "bayside-connect",
    "boreal-waste-systems",
    "embotelladora-tlaloc",
    "altiplano-litio",
    "seto-precision-bearings",
    "karoo-cement",
    "lagoa-azul-hoteis",
    "tidewater-ledger",
    "weisshorn-medtech",
    "wirraway-gold",
    "nile-crescent-developments",
    "fjellheim-aqua-tech",
    "kibo-highland-coffee",
    "arashiyama-rail",
    "nordsjo-bryggeri",
    "moravia-elektro",
    "andes-salud",
    "riga-bus-works",
    "saigon-dairy-farms",
    "zagros-cement",
    "manaus-bikes",
    "fjellheim-fiskeri",
    "sunda-ceramic-tiles",
    "altiplano-lithium",
    "kaskade-cinemas",
    "kalahari-cement",
    "hanse-parcel-lockers",
    "wachau-river-cruises",
    "drakensberg-springs",
    "anatolia-glass-bottles",
    "bhutan-hydro-exports",
    "kandy-spice-exports",
    "gdansk-yacht-builders",
    "mendoza-olive-oil",
    "nuuk-shrimp-fishery",
    "tbilisi-mineral-water",
    "mauritius-sugar-rum",
)


def _scorer():
    """`judge` and `load_jsonl` from the shared scorer, so both tools judge alike."""
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the shared scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Result:
    company: str
    total: int = 0
    right: int = 0
    wrong: int = 0  # answered, but not right
    by_tag: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_expect: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    wrong_by_tag: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    missed_as: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # status
    unexplained_as: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unexplained_where: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failures: list[tuple[str, str]] = field(default_factory=list)
    # right by the shared judge, but a derived answer citing none of some gold operand:
    # the judge reads only `answer_contains`, and a derived question without it is right
    # whenever answered, whatever figures it worked from
    uncited: int = 0
    uncited_by_tag: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    suspects: list[str] = field(default_factory=list)

    def add(self, other: Result) -> None:
        self.total += other.total
        self.right += other.right
        self.wrong += other.wrong
        self.uncited += other.uncited
        for key, n in other.uncited_by_tag.items():
            self.uncited_by_tag[key] += n
        for key, n in other.wrong_by_tag.items():
            self.wrong_by_tag[key] += n
        for key, n in other.missed_as.items():
            self.missed_as[key] += n
        for key, n in other.unexplained_as.items():
            self.unexplained_as[key] += n
        for key, n in other.unexplained_where.items():
            self.unexplained_where[key] += n
        for mine, theirs in ((self.by_tag, other.by_tag), (self.by_expect, other.by_expect)):
            for key, (a, n) in theirs.items():
                mine[key][0] += a
                mine[key][1] += n


def score_company(name: str, folder: Path, cmd: list[str], scorer) -> Result:
    questions = scorer.load_jsonl(folder / "questions.jsonl")
    result = Result(name)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, SALESBOT_DB=os.path.join(tmp, "split.db"))
        bundle = folder / "bundle.json"
        if bundle.exists():
            r = subprocess.run(
                [*cmd, "import", str(bundle)], env=env, capture_output=True, text=True
            )
            if r.returncode != 0:
                raise SystemExit(f"{name}: import failed: {r.stderr.strip()[-300:]}")
        r = subprocess.run(
            [*cmd, "ask", "--json", "-"],
            env=env,
            capture_output=True,
            text=True,
            # (one question a line: a message's own line breaks go as U+2028, which the
            # command line reads as part of the line)
            input="\n".join(q["q"].replace("\n", "\u2028") for q in questions) + "\n",
        )
    answers = []
    for line in r.stdout.splitlines():
        if line.strip():
            try:
                answers.append(json.loads(line))
            except json.JSONDecodeError:
                answers.append(None)
    for i, gold in enumerate(questions):
        got = answers[i] if i < len(answers) else None
        why = scorer.judge(gold, got)
        result.total += 1
        result.right += not why
        is_wrong = bool(why) and got is not None and got.get("status") == "answered"
        result.wrong += is_wrong
        result.wrong_by_tag[gold.get("tag", "-")] += is_wrong
        if not why and not _operands_cited(gold, got):
            result.uncited += 1
            result.uncited_by_tag[gold.get("tag", "-")] += 1
            result.suspects.append(gold["q"])
        keys = ((result.by_tag, gold.get("tag", "-")), (result.by_expect, gold["expect"]))
        for table, key in keys:
            table[key][1] += 1
            table[key][0] += not why
        if why:
            result.failures.append((gold["q"], why))
            status = (got or {}).get("status", "none")
            why_not = f" ({_reason(got)})" if status == "unknown" else ""
            result.missed_as[f"{gold['expect']}->{status}{why_not}"] += 1
            if why_not == " (unexplained word)":
                for word in _QUOTED.findall((got or {}).get("answer", "")):
                    result.unexplained_as[_word_class(word)] += 1
                    result.unexplained_where[_word_place(word, folder)] += 1
    return result


def _operands_cited(gold: dict, got: dict | None) -> bool:
    """Does a derived answer cite a figure of each of the gold operands (`values`, to 0.1%)?
    True of any other question, and where the gold lists no operands."""
    operands = gold.get("values") or []
    if gold["expect"] != "derived" or not operands or got is None:
        return True
    cited = [f.get("value") for f in got.get("facts") or []]
    cited += [f.get("value_high") for f in got.get("facts") or []]
    cited = [float(v) for v in cited if isinstance(v, (int, float))]
    return all(
        any(abs(c - float(v)) <= 1e-3 * max(abs(float(v)), 1e-9) for c in cited)
        for v in operands
        if isinstance(v, (int, float))
    )


def _line(r: Result) -> str:
    score = r.right / r.total if r.total else 0.0
    rate = r.wrong / r.total if r.total else 0.0
    return f"{r.company:<18} score {score:.3f} ({r.right}/{r.total})   wrong {r.wrong} ({rate:.1%})"


# What an abstention said, by the engine's own sentence templates: a reason, no content.
REASONS = (
    (
        "unexplained word",
        re.compile(r"^I (?:have .*, but nothing about|don't have anything about)"),
    ),
    ("period missing", re.compile(r"^I don't have .* for .*; I have it for")),
    (
        "no comparison",
        re.compile(
            r"nothing for the period to compare|nothing to compare|no actual figure for that period"
        ),
    ),
    ("no metric", re.compile(r"^I couldn't (?:tell which|find a company)")),
    ("kind missing", re.compile(r"^I have .* (?:actual|target|forecast).* for .*, not an? ")),
    ("no expectation", re.compile(r"^I have no target or forecast")),
    ("no figures", re.compile(r"^I don't have .* figures\.")),
    ("as-of", re.compile(r"first stated on")),
    ("amount", re.compile(r"^I have no figure of")),
)


_QUOTED = re.compile(r"“([^”]+)”")


def _word_class(word: str) -> str:
    """What kind of word an abstention found unexplained, by the engine's own dictionary:
    the kind of language it fails on, never the word."""
    from bot.answering.english.lexicon import parts_of_speech

    if any(c.isdigit() for c in word):
        return "with digits"
    classes = parts_of_speech(word)
    if not classes:
        return "not in the dictionary"
    if {"NOUN", "VERB"} <= classes:
        return "noun or verb"
    if "NOUN" in classes:
        return "noun (not verb)"
    return "not a noun"


def _report_words(folder: Path) -> tuple[set[str], set[str]]:
    """The words of the company's metric names, and of its reports' texts (lower case)."""
    bundle = folder / "bundle.json"
    if not bundle.exists():
        return set(), set()
    data = json.loads(bundle.read_text())
    words = re.compile(r"[a-z0-9]+")
    names = {w for f in data.get("facts", []) for w in words.findall(f["metric"].lower())}
    texts = {w for s in data.get("sources", []) for w in words.findall(s.get("text", "").lower())}
    return names, texts | names


def _word_place(word: str, folder: Path) -> str:
    """Where the company's own data has an unexplained word: in a metric's name, in the
    reports' text, one or two slips from a word there, or nowhere (chat's own word). The
    kind of gap, never the word."""
    from rapidfuzz.distance import OSA

    names, texts = _report_words(folder)
    word = word.lower()
    if word in names or word.rstrip("s") in names:
        return "in a metric name"
    if word in texts or word.rstrip("s") in texts:
        return "in the reports"
    if len(word) > 3 and any(
        OSA.distance(word, w) <= 2 for w in texts if abs(len(w) - len(word)) <= 2
    ):
        return "a slip of a report word"
    return "in no report"


def _reason(answer: dict | None) -> str:
    text = (answer or {}).get("answer", "")
    for name, pattern in REASONS:
        if pattern.search(text):
            return name
    return "other"


def _counts(table: dict[str, int]) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(table.items()))


def _tables(r: Result) -> str:
    def fmt(table: dict[str, list[int]]) -> str:
        return ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(table.items()))

    wrong = ", ".join(f"{k} {n}" for k, n in sorted(r.wrong_by_tag.items()) if n)
    return (
        f"  by expect: {fmt(r.by_expect)}\n  by tag: {fmt(r.by_tag)}\n"
        f"  wrong answers by tag: {wrong or 'none'}\n"
        f"  failures by expected -> got (why): {_counts(r.missed_as)}\n"
        f"  unexplained words by class: {_counts(r.unexplained_as)}\n"
        f"  unexplained words by place: {_counts(r.unexplained_where)}\n"
        f"  right by the judge, a gold operand not cited: {r.uncited}"
        f" ({_counts(r.uncited_by_tag) or 'none'})"
    )


def run_split(title: str, companies: dict[str, Path], cmd: list[str], show: int, scorer) -> Result:
    total = Result(f"{title} total")
    print(f"== {title}")
    for name, folder in companies.items():
        if not (folder / "questions.jsonl").exists():
            print(f"{name:<18} (no questions at {folder})")
            continue
        r = score_company(name, folder, cmd, scorer)
        total.add(r)
        print(_line(r))
        if title == "dev":
            for q, why in r.failures[:show]:
                print(f"    FAIL {q!r}: {why}")
            for q in r.suspects[:show]:
                print(f"    UNCITED {q!r}: right by the judge, a gold operand not cited")
    print(_line(total))
    print(_tables(total))
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--show", type=int, default=0, help="dev failures to print per company")
    ap.add_argument(
        "--only",
        action="append",
        default=[],
        help="companies to score, of either split (default: all of the split)",
    )
    ap.add_argument("--cmd", default=os.environ.get("SALESBOT_CMD", "salesbot"))
    ap.add_argument(
        "--test-root",
        type=Path,
        default=HERE,
        help="the folder holding the test companies (default: beside this script)",
    )
    args = ap.parse_args()
    scorer = _scorer()
    cmd = shlex.split(args.cmd)
    if args.split in ("dev", "all"):
        dev = {name: DEV[name] for name in args.only if name in DEV} if args.only else DEV
        run_split("dev", dev, cmd, args.show, scorer)
    if args.split in ("test", "all"):
        names = [n for n in TEST_COMPANIES if not args.only or n in args.only]
        test = {name: args.test_root / name for name in names}
        run_split("test", test, cmd, 0, scorer)  # aggregate figures only, never a question
    return 0


if __name__ == "__main__":
    sys.exit(main())
