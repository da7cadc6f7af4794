"""Regenerate ``src/communique/data/countries.tsv`` from pycountry plus the curated table below.

pycountry supplies the ISO 3166 backbone (codes, official and common names); the table adds the
forms news writes: usual name, aliases, demonyms, capital, short forms and context-dependent
forms (``form@PARTNER``: the form names this state only when it or PARTNER is in context).
Fields in ``CURATED`` are separated by `` ~ ``; list items by ``|``. Demonym plurals are generated.
Run: ``.venv/bin/python scripts/build_countries.py`` (the runtime loader reads only the TSV).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / "countries.tsv"
HEADER = ("iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "short_forms", "contextual")
EXTRA_CODES = {"XKX"}  # states without an ISO 3166-1 entry in pycountry
NO_PYCOUNTRY_NAMES = {"TWN"}  # pycountry's names for these are not how news names them
DROP = {"COG": {"Congo"}}  # pycountry names that news uses for another state (AP style: "Congo" = DRC)

# iso3 ~ name ~ aliases ~ demonyms ~ capital ~ capital_aliases ~ short_forms ~ contextual
CURATED = """
AFG ~ Afghanistan ~ Islamic Emirate of Afghanistan ~ Afghan ~ Kabul ~  ~  ~
ALB ~ Albania ~  ~ Albanian ~ Tirana ~ Tiranë|Tirane ~  ~
DZA ~ Algeria ~  ~ Algerian ~ Algiers ~  ~  ~
AND ~ Andorra ~  ~ Andorran ~ Andorra la Vella ~  ~  ~
AGO ~ Angola ~  ~ Angolan ~ Luanda ~  ~  ~
ATG ~ Antigua and Barbuda ~ Antigua ~ Antiguan|Barbudan ~ St. John's ~ Saint John's ~  ~
ARG ~ Argentina ~  ~ Argentine|Argentinian ~ Buenos Aires ~  ~  ~
ARM ~ Armenia ~  ~ Armenian ~ Yerevan ~  ~  ~
AUS ~ Australia ~ Commonwealth of Australia ~ Australian ~ Canberra ~  ~  ~
AUT ~ Austria ~  ~ Austrian ~ Vienna ~ Wien ~  ~
AZE ~ Azerbaijan ~  ~ Azerbaijani|Azeri ~ Baku ~  ~  ~
BHS ~ Bahamas ~ The Bahamas ~ Bahamian ~ Nassau ~  ~  ~
BHR ~ Bahrain ~  ~ Bahraini ~ Manama ~  ~  ~
BGD ~ Bangladesh ~  ~ Bangladeshi ~ Dhaka ~ Dacca ~  ~
BRB ~ Barbados ~  ~ Barbadian|Bajan ~ Bridgetown ~  ~  ~
BLR ~ Belarus ~ Byelorussia|Belorussia ~ Belarusian|Belarussian|Byelorussian ~ Minsk ~  ~  ~
BEL ~ Belgium ~  ~ Belgian ~ Brussels ~ Bruxelles ~  ~
BLZ ~ Belize ~  ~ Belizean ~ Belmopan ~  ~  ~
BEN ~ Benin ~  ~ Beninese ~ Porto-Novo ~ Cotonou ~  ~
BTN ~ Bhutan ~  ~ Bhutanese ~ Thimphu ~  ~  ~
BOL ~ Bolivia ~  ~ Bolivian ~ La Paz ~ Sucre ~  ~
BIH ~ Bosnia and Herzegovina ~ Bosnia-Herzegovina|Bosnia ~ Bosnian ~ Sarajevo ~  ~ BiH ~
BWA ~ Botswana ~  ~ Motswana|Batswana|Botswanan ~ Gaborone ~  ~  ~
BRA ~ Brazil ~  ~ Brazilian ~ Brasília ~  ~  ~
BRN ~ Brunei ~ Brunei Darussalam ~ Bruneian ~ Bandar Seri Begawan ~  ~  ~
BGR ~ Bulgaria ~  ~ Bulgarian ~ Sofia ~  ~  ~
BFA ~ Burkina Faso ~ Burkina ~ Burkinabe|Burkinabè ~ Ouagadougou ~  ~  ~
BDI ~ Burundi ~  ~ Burundian ~ Gitega ~ Bujumbura ~  ~
CPV ~ Cape Verde ~ Cabo Verde ~ Cape Verdean|Cabo Verdean ~ Praia ~  ~  ~
KHM ~ Cambodia ~ Kampuchea ~ Cambodian ~ Phnom Penh ~  ~  ~
CMR ~ Cameroon ~  ~ Cameroonian ~ Yaoundé ~  ~  ~
CAN ~ Canada ~  ~ Canadian ~ Ottawa ~  ~  ~
CAF ~ Central African Republic ~  ~ Central African ~ Bangui ~  ~ CAR ~
TCD ~ Chad ~  ~ Chadian ~ N'Djamena ~ Ndjamena ~  ~
CHL ~ Chile ~  ~ Chilean ~ Santiago ~ Santiago de Chile ~  ~
CHN ~ China ~ People's Republic of China|mainland China|Communist China ~ Chinese ~ Beijing ~ Peking ~ PRC|P.R.C. ~ the mainland@TWN|mainland@TWN
COL ~ Colombia ~  ~ Colombian ~ Bogotá ~  ~  ~
COM ~ Comoros ~ Union of the Comoros ~ Comorian ~ Moroni ~  ~  ~
COG ~ Republic of the Congo ~ Republic of Congo|Congo-Brazzaville|Congo Republic ~  ~ Brazzaville ~  ~  ~
COD ~ Democratic Republic of the Congo ~ Democratic Republic of Congo|DR Congo|D.R. Congo|Congo-Kinshasa|Congo|Congo, DR|Congo, Democratic Republic of the ~ Congolese ~ Kinshasa ~  ~ DRC|D.R.C. ~
CRI ~ Costa Rica ~  ~ Costa Rican ~ San José ~  ~  ~
CIV ~ Côte d'Ivoire ~ Ivory Coast|Cote d'Ivoire ~ Ivorian ~ Yamoussoukro ~ Abidjan ~  ~
HRV ~ Croatia ~  ~ Croatian|Croat ~ Zagreb ~  ~  ~
CUB ~ Cuba ~  ~ Cuban ~ Havana ~ La Habana ~  ~
CYP ~ Cyprus ~  ~ Cypriot ~ Nicosia ~  ~  ~
CZE ~ Czech Republic ~ Czechia ~ Czech ~ Prague ~ Praha ~  ~
DNK ~ Denmark ~  ~ Danish|Dane ~ Copenhagen ~  ~  ~
DJI ~ Djibouti ~  ~ Djiboutian ~ Djibouti City ~  ~  ~
DMA ~ Dominica ~ Commonwealth of Dominica ~  ~ Roseau ~  ~  ~
DOM ~ Dominican Republic ~  ~ Dominican ~ Santo Domingo ~  ~  ~
ECU ~ Ecuador ~  ~ Ecuadorian|Ecuadorean ~ Quito ~  ~  ~
EGY ~ Egypt ~  ~ Egyptian ~ Cairo ~  ~  ~
SLV ~ El Salvador ~  ~ Salvadoran|Salvadorean ~ San Salvador ~  ~  ~
GNQ ~ Equatorial Guinea ~  ~ Equatorial Guinean|Equatoguinean ~ Malabo ~  ~  ~
ERI ~ Eritrea ~  ~ Eritrean ~ Asmara ~  ~  ~
EST ~ Estonia ~  ~ Estonian ~ Tallinn ~  ~  ~
SWZ ~ Eswatini ~ Swaziland ~ Swazi ~ Mbabane ~  ~  ~
ETH ~ Ethiopia ~  ~ Ethiopian ~ Addis Ababa ~  ~  ~
FJI ~ Fiji ~  ~ Fijian ~ Suva ~  ~  ~
FIN ~ Finland ~  ~ Finnish|Finn ~ Helsinki ~  ~  ~
FRA ~ France ~  ~ French|Frenchman|Frenchwoman ~ Paris ~  ~  ~
GAB ~ Gabon ~  ~ Gabonese ~ Libreville ~  ~  ~
GMB ~ Gambia ~ The Gambia ~ Gambian ~ Banjul ~  ~  ~
GEO ~ Georgia ~  ~ Georgian ~ Tbilisi ~ Tiflis ~  ~
DEU ~ Germany ~  ~ German ~ Berlin ~  ~  ~
GHA ~ Ghana ~  ~ Ghanaian ~ Accra ~  ~  ~
GRC ~ Greece ~ Hellas ~ Greek ~ Athens ~  ~  ~
GRD ~ Grenada ~  ~ Grenadian ~ St. George's ~ Saint George's ~  ~
GTM ~ Guatemala ~  ~ Guatemalan ~ Guatemala City ~  ~  ~
GIN ~ Guinea ~ Guinea-Conakry ~ Guinean ~ Conakry ~  ~  ~
GNB ~ Guinea-Bissau ~  ~ Bissau-Guinean ~ Bissau ~  ~  ~
GUY ~ Guyana ~  ~ Guyanese ~ Georgetown ~  ~  ~
HTI ~ Haiti ~  ~ Haitian ~ Port-au-Prince ~  ~  ~
HND ~ Honduras ~  ~ Honduran ~ Tegucigalpa ~  ~  ~
HUN ~ Hungary ~  ~ Hungarian ~ Budapest ~  ~  ~
ISL ~ Iceland ~  ~ Icelandic|Icelander ~ Reykjavík ~  ~  ~
IND ~ India ~ Bharat ~ Indian ~ New Delhi ~ Delhi ~  ~
IDN ~ Indonesia ~  ~ Indonesian ~ Jakarta ~  ~  ~
IRN ~ Iran ~ Persia ~ Iranian ~ Tehran ~ Teheran ~  ~
IRQ ~ Iraq ~  ~ Iraqi ~ Baghdad ~  ~  ~
IRL ~ Ireland ~ Republic of Ireland|Eire ~ Irish|Irishman|Irishwoman ~ Dublin ~  ~  ~
ISR ~ Israel ~  ~ Israeli ~ Jerusalem ~  ~  ~
ITA ~ Italy ~  ~ Italian ~ Rome ~ Roma ~  ~
JAM ~ Jamaica ~  ~ Jamaican ~ Kingston ~  ~  ~
JPN ~ Japan ~ Nippon ~ Japanese ~ Tokyo ~  ~  ~
JOR ~ Jordan ~  ~ Jordanian ~ Amman ~  ~  ~
KAZ ~ Kazakhstan ~  ~ Kazakh|Kazakhstani ~ Astana ~ Nur-Sultan ~  ~
KEN ~ Kenya ~  ~ Kenyan ~ Nairobi ~  ~  ~
KIR ~ Kiribati ~  ~ I-Kiribati ~ South Tarawa ~ Tarawa ~  ~
KWT ~ Kuwait ~  ~ Kuwaiti ~ Kuwait City ~  ~  ~
KGZ ~ Kyrgyzstan ~ Kirghizia ~ Kyrgyz|Kyrgyzstani ~ Bishkek ~  ~  ~
LAO ~ Laos ~ Lao PDR ~ Lao|Laotian ~ Vientiane ~  ~  ~
LVA ~ Latvia ~  ~ Latvian ~ Riga ~  ~  ~
LBN ~ Lebanon ~  ~ Lebanese ~ Beirut ~  ~  ~
LSO ~ Lesotho ~  ~ Mosotho|Basotho ~ Maseru ~  ~  ~
LBR ~ Liberia ~  ~ Liberian ~ Monrovia ~  ~  ~
LBY ~ Libya ~  ~ Libyan ~ Tripoli ~  ~  ~
LIE ~ Liechtenstein ~  ~ Liechtensteiner ~ Vaduz ~  ~  ~
LTU ~ Lithuania ~  ~ Lithuanian ~ Vilnius ~  ~  ~
LUX ~ Luxembourg ~  ~ Luxembourger|Luxembourgish ~ Luxembourg City ~  ~  ~
MDG ~ Madagascar ~  ~ Malagasy ~ Antananarivo ~  ~  ~
MWI ~ Malawi ~  ~ Malawian ~ Lilongwe ~  ~  ~
MYS ~ Malaysia ~  ~ Malaysian ~ Kuala Lumpur ~ Putrajaya ~  ~
MDV ~ Maldives ~ The Maldives ~ Maldivian ~ Malé ~  ~  ~
MLI ~ Mali ~  ~ Malian ~ Bamako ~  ~  ~
MLT ~ Malta ~  ~ Maltese ~ Valletta ~  ~  ~
MHL ~ Marshall Islands ~  ~ Marshallese ~ Majuro ~  ~  ~
MRT ~ Mauritania ~  ~ Mauritanian ~ Nouakchott ~  ~  ~
MUS ~ Mauritius ~  ~ Mauritian ~ Port Louis ~  ~  ~
MEX ~ Mexico ~  ~ Mexican ~ Mexico City ~  ~  ~
FSM ~ Micronesia ~ Federated States of Micronesia ~ Micronesian ~ Palikir ~  ~ FSM ~
MDA ~ Moldova ~  ~ Moldovan ~ Chișinău ~ Chisinau|Kishinev ~  ~
MCO ~ Monaco ~  ~ Monegasque|Monacan ~ Monaco ~  ~  ~
MNG ~ Mongolia ~  ~ Mongolian ~ Ulaanbaatar ~ Ulan Bator ~  ~
MNE ~ Montenegro ~  ~ Montenegrin ~ Podgorica ~  ~  ~
MAR ~ Morocco ~  ~ Moroccan ~ Rabat ~  ~  ~
MOZ ~ Mozambique ~  ~ Mozambican ~ Maputo ~  ~  ~
MMR ~ Myanmar ~ Burma ~ Burmese ~ Naypyidaw ~ Nay Pyi Taw|Naypyitaw ~  ~
NAM ~ Namibia ~  ~ Namibian ~ Windhoek ~  ~  ~
NRU ~ Nauru ~  ~ Nauruan ~ Yaren ~  ~  ~
NPL ~ Nepal ~  ~ Nepali|Nepalese ~ Kathmandu ~  ~  ~
NLD ~ Netherlands ~ Holland|The Netherlands ~ Dutch|Dutchman|Dutchwoman ~ Amsterdam ~ The Hague ~  ~
NZL ~ New Zealand ~ Aotearoa ~ New Zealander|Kiwi ~ Wellington ~  ~ NZ ~
NIC ~ Nicaragua ~  ~ Nicaraguan ~ Managua ~  ~  ~
NER ~ Niger ~  ~ Nigerien ~ Niamey ~  ~  ~
NGA ~ Nigeria ~  ~ Nigerian ~ Abuja ~  ~  ~
PRK ~ North Korea ~ Democratic People's Republic of Korea|N. Korea|Korea, North|Korea DPR ~ North Korean ~ Pyongyang ~  ~ DPRK|D.P.R.K. ~ the North@KOR|the North@PRK
MKD ~ North Macedonia ~ Macedonia|Republic of North Macedonia ~ North Macedonian|Macedonian ~ Skopje ~  ~  ~
NOR ~ Norway ~  ~ Norwegian ~ Oslo ~  ~  ~
OMN ~ Oman ~ Sultanate of Oman ~ Omani ~ Muscat ~  ~  ~
PAK ~ Pakistan ~  ~ Pakistani ~ Islamabad ~  ~  ~
PLW ~ Palau ~  ~ Palauan ~ Ngerulmud ~  ~  ~
PAN ~ Panama ~  ~ Panamanian ~ Panama City ~  ~  ~
PNG ~ Papua New Guinea ~  ~ Papua New Guinean ~ Port Moresby ~  ~ PNG ~
PRY ~ Paraguay ~  ~ Paraguayan ~ Asunción ~  ~  ~
PER ~ Peru ~  ~ Peruvian ~ Lima ~  ~  ~
PHL ~ Philippines ~ The Philippines ~ Filipino|Filipina|Philippine ~ Manila ~  ~  ~
POL ~ Poland ~  ~ Polish|Pole ~ Warsaw ~ Warszawa ~  ~
PRT ~ Portugal ~  ~ Portuguese ~ Lisbon ~ Lisboa ~  ~
QAT ~ Qatar ~  ~ Qatari ~ Doha ~  ~  ~
KOR ~ South Korea ~ Republic of Korea|S. Korea|Korea, South|Korea ~ South Korean|Korean ~ Seoul ~  ~ ROK|R.O.K. ~ the South@PRK|the South@KOR
ROU ~ Romania ~ Rumania ~ Romanian ~ Bucharest ~  ~  ~
RUS ~ Russia ~ Russian Federation ~ Russian ~ Moscow ~  ~  ~
RWA ~ Rwanda ~  ~ Rwandan ~ Kigali ~  ~  ~
KNA ~ Saint Kitts and Nevis ~ St. Kitts and Nevis|St Kitts and Nevis ~ Kittitian|Nevisian ~ Basseterre ~  ~  ~
LCA ~ Saint Lucia ~ St. Lucia|St Lucia ~ Saint Lucian ~ Castries ~  ~  ~
VCT ~ Saint Vincent and the Grenadines ~ St. Vincent and the Grenadines|St Vincent and the Grenadines ~ Vincentian ~ Kingstown ~  ~  ~
WSM ~ Samoa ~  ~ Samoan ~ Apia ~  ~  ~
SMR ~ San Marino ~  ~ Sammarinese ~ City of San Marino ~  ~  ~
STP ~ São Tomé and Príncipe ~ Sao Tome and Principe ~ Santomean ~ São Tomé ~  ~  ~
SAU ~ Saudi Arabia ~ Kingdom of Saudi Arabia ~ Saudi|Saudi Arabian ~ Riyadh ~  ~ KSA ~
SEN ~ Senegal ~  ~ Senegalese ~ Dakar ~  ~  ~
SRB ~ Serbia ~  ~ Serbian|Serb ~ Belgrade ~ Beograd ~  ~
SYC ~ Seychelles ~  ~ Seychellois ~ Victoria ~  ~  ~
SLE ~ Sierra Leone ~  ~ Sierra Leonean ~ Freetown ~  ~  ~
SGP ~ Singapore ~  ~ Singaporean ~ Singapore ~  ~  ~
SVK ~ Slovakia ~  ~ Slovak|Slovakian ~ Bratislava ~  ~  ~
SVN ~ Slovenia ~  ~ Slovenian|Slovene ~ Ljubljana ~  ~  ~
SLB ~ Solomon Islands ~  ~ Solomon Islander ~ Honiara ~  ~  ~
SOM ~ Somalia ~  ~ Somali ~ Mogadishu ~  ~  ~
ZAF ~ South Africa ~  ~ South African ~ Pretoria ~ Tshwane|Cape Town ~  ~
SSD ~ South Sudan ~  ~ South Sudanese ~ Juba ~  ~  ~
ESP ~ Spain ~  ~ Spanish|Spaniard ~ Madrid ~  ~  ~
LKA ~ Sri Lanka ~ Ceylon ~ Sri Lankan ~ Sri Jayawardenepura Kotte ~ Kotte|Colombo ~  ~
SDN ~ Sudan ~ The Sudan ~ Sudanese ~ Khartoum ~  ~  ~
SUR ~ Suriname ~ Surinam ~ Surinamese ~ Paramaribo ~  ~  ~
SWE ~ Sweden ~  ~ Swedish|Swede ~ Stockholm ~  ~  ~
CHE ~ Switzerland ~ Swiss Confederation ~ Swiss ~ Bern ~ Berne ~  ~
SYR ~ Syria ~ Syrian Arab Republic ~ Syrian ~ Damascus ~  ~  ~
TJK ~ Tajikistan ~  ~ Tajik|Tajikistani ~ Dushanbe ~  ~  ~
TZA ~ Tanzania ~  ~ Tanzanian ~ Dodoma ~  ~  ~
THA ~ Thailand ~ Siam ~ Thai ~ Bangkok ~  ~  ~
TLS ~ Timor-Leste ~ East Timor ~ Timorese|East Timorese ~ Dili ~  ~  ~
TGO ~ Togo ~  ~ Togolese ~ Lomé ~  ~  ~
TON ~ Tonga ~  ~ Tongan ~ Nuku'alofa ~  ~  ~
TTO ~ Trinidad and Tobago ~ Trinidad ~ Trinidadian|Tobagonian ~ Port of Spain ~ Port-of-Spain ~  ~
TUN ~ Tunisia ~  ~ Tunisian ~ Tunis ~  ~  ~
TUR ~ Turkey ~ Türkiye|Turkiye|Republic of Turkey ~ Turkish|Turk ~ Ankara ~  ~  ~
TKM ~ Turkmenistan ~  ~ Turkmen ~ Ashgabat ~ Ashkhabad ~  ~
TUV ~ Tuvalu ~  ~ Tuvaluan ~ Funafuti ~  ~  ~
UGA ~ Uganda ~  ~ Ugandan ~ Kampala ~  ~  ~
UKR ~ Ukraine ~ The Ukraine ~ Ukrainian ~ Kyiv ~ Kiev ~  ~
ARE ~ United Arab Emirates ~ the Emirates ~ Emirati ~ Abu Dhabi ~  ~ UAE|U.A.E. ~
GBR ~ United Kingdom ~ Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland ~ British|Briton|Brit ~ London ~  ~ UK|U.K.|GB ~
USA ~ United States ~ United States of America|America ~ American ~ Washington ~ Washington, D.C.|Washington D.C.|Washington DC ~ US|U.S.|USA|U.S.A. ~
URY ~ Uruguay ~  ~ Uruguayan ~ Montevideo ~  ~  ~
UZB ~ Uzbekistan ~  ~ Uzbek|Uzbekistani ~ Tashkent ~  ~  ~
VUT ~ Vanuatu ~  ~ Ni-Vanuatu ~ Port Vila ~ Port-Vila ~  ~
VEN ~ Venezuela ~  ~ Venezuelan ~ Caracas ~  ~  ~
VNM ~ Vietnam ~ Viet Nam ~ Vietnamese ~ Hanoi ~ Ha Noi ~  ~
YEM ~ Yemen ~  ~ Yemeni ~ Sanaa ~ Sana'a|Sana ~  ~
ZMB ~ Zambia ~  ~ Zambian ~ Lusaka ~  ~  ~
ZWE ~ Zimbabwe ~  ~ Zimbabwean ~ Harare ~  ~  ~
TWN ~ Taiwan ~ Republic of China|Chinese Taipei|Formosa ~ Taiwanese ~ Taipei ~  ~ ROC|R.O.C. ~ the island@CHN
XKX ~ Kosovo ~ Republic of Kosovo ~ Kosovar|Kosovan ~ Pristina ~ Prishtina|Prishtinë ~  ~
PSE ~ Palestine ~ State of Palestine|Palestinian territories|Occupied Palestinian Territories|Palestinian Authority ~ Palestinian ~ Ramallah ~ East Jerusalem ~  ~
VAT ~ Vatican ~ Vatican City|Holy See|Vatican City State ~  ~ Vatican City ~  ~  ~
"""

UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ
ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL
ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT
MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY
PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD
ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN
VNM YEM ZMB ZWE
""".split())

# Demonyms whose plural is not the singular plus "s" (or which have none).
_NO_PLURAL_ENDINGS = ("ese", "ss", "sh", "ch", "x", "s", "i-kiribati", "ni-vanuatu", "motswana", "batswana",
                      "mosotho", "basotho", "malagasy", "lao", "thai-")
_IRREGULAR = {"Frenchman": "Frenchmen", "Frenchwoman": "Frenchwomen", "Irishman": "Irishmen",
              "Irishwoman": "Irishwomen", "Dutchman": "Dutchmen", "Dutchwoman": "Dutchwomen",
              "Swiss": "", "Lao": "", "Thai": "Thais", "Kyrgyz": "", "Czech": "Czechs", "Turkmen": "Turkmens"}
# Adjective-only demonyms: no plural noun in news use.
_ADJECTIVE_ONLY = {"Philippine", "Icelandic", "Luxembourgish", "Finnish", "Danish", "Swedish", "Polish",
                   "Spanish", "Turkish", "British", "Irish", "Dutch", "French"}


def plural(demonym: str) -> str:
    if demonym in _IRREGULAR:
        return _IRREGULAR[demonym]
    if demonym in _ADJECTIVE_ONLY or demonym.lower().endswith(_NO_PLURAL_ENDINGS):
        return ""
    return demonym + "s"


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def uniq(items: list[str], exclude: set[str]) -> list[str]:
    seen = {e.casefold() for e in exclude}
    out = []
    for it in items:
        if it.casefold() not in seen:
            seen.add(it.casefold())
            out.append(it)
    return out


def build() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for line in CURATED.strip().splitlines():
        parts = [p.strip() for p in line.split("~")]
        parts += [""] * (8 - len(parts))
        iso3, name, aliases, demonyms, capital, cap_aliases, short, contextual = parts[:8]
        rec = pycountry.countries.get(alpha_3=iso3)
        if rec is None and iso3 not in EXTRA_CODES:
            raise SystemExit(f"unknown ISO3 {iso3}")
        extra: list[str] = []
        if rec is not None and iso3 not in NO_PYCOUNTRY_NAMES:
            for attr in ("name", "official_name", "common_name"):
                val = getattr(rec, attr, None)
                if val and "(" not in val and val not in DROP.get(iso3, set()):
                    extra.append(val)
        alias_list = uniq(split(aliases) + extra, {name})
        dem = []
        for d in split(demonyms):
            dem.append(d)
            p = plural(d)
            if p:
                dem.append(p)
        rows.append((iso3, name, "|".join(alias_list), "|".join(uniq(dem, set())), capital,
                     "|".join(split(cap_aliases)), "|".join(split(short)), "|".join(split(contextual))))
    return rows


def check(rows: list[tuple[str, ...]]) -> None:
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate ISO3"
    missing = UN_MEMBERS - set(codes)
    assert not missing, f"UN members missing: {sorted(missing)}"
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    owner: dict[str, str] = {}
    for r in rows:
        for cell in (r[1], r[2], r[3], r[6]):
            for form in split(cell):
                key = form.casefold()
                if key in owner and owner[key] != r[0]:
                    print(f"warning: {form!r} used by {owner[key]} and {r[0]}", file=sys.stderr)
                owner.setdefault(key, r[0])


def main() -> None:
    rows = build()
    check(rows)
    rows.sort(key=lambda r: r[0])
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    write_places(rows)



PLACES_IN = Path(__file__).resolve().parent / "places_curated.txt"
PLACES_OUT = OUT.with_name("places.tsv")


def build_places(countries: list[tuple[str, ...]]) -> list[tuple[str, str, str, str]]:
    """Every capital (with its aliases), then the curated cities, regions and seas."""
    rows: list[tuple[str, str, str, str]] = []
    seen: dict[str, str] = {}
    for r in countries:
        rows.append((r[4], r[0], "city", r[5]))
        seen[r[4].casefold()] = r[0]
    for line in PLACES_IN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("~")] + ["", "", ""]
        name, iso3, kind, aliases = parts[:4]
        assert kind in ("city", "region", "sea"), line
        if name.casefold() in seen:
            if seen[name.casefold()] != iso3:
                print(f"warning: place {name!r} twice with different states", file=sys.stderr)
            continue
        seen[name.casefold()] = iso3
        rows.append((name, iso3, kind, "|".join(split(aliases))))
    return rows


def write_places(countries: list[tuple[str, ...]]) -> None:
    rows = build_places(countries)
    with PLACES_OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("name\tiso3\tkind\taliases\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {PLACES_OUT}")


if __name__ == "__main__":
    main()
