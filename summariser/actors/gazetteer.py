"""Countries: every UN member state (plus a few widely reported others) with short forms,
demonyms and capitals, so that names, nationalities and capital metonyms resolve to one country.

Hand-written rather than taken from a package: the country-data packages on PyPI carry ISO names
("Russian Federation", "Korea, Republic of") but neither demonyms nor capitals, which is what
news text needs.
"""

from __future__ import annotations

from dataclasses import dataclass

# The nations of the United Kingdom close the table: news, and sport above all, names them as
# countries ("England flanker", "capped for Scotland").
# One country a line: names (the first is canonical) | demonyms | capitals used as metonyms.
# Capitals that mostly stand for something else in news ("Brussels" for the EU) or that are
# common words or first names ("Male", "Victoria") are left out. "Congo" alone is listed under
# the Republic of the Congo; the DRC is only recognised when named as such. States of the
# past close the table under the names they had ("Soviet Union", "Yugoslavia", "Zaire"):
# archives name them so.
_TABLE = """
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran|Andorra la Vella
Angola|Angolan|Luanda
Antigua and Barbuda;Antigua|Antiguan|Saint John's
Argentina|Argentine;Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani;Azeri|Baku
Bahamas|Bahamian|Nassau
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Barbados|Barbadian|Bridgetown
Belarus|Belarusian|Minsk
Belgium|Belgian|
Belize|Belizean|Belmopan
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz;Sucre
Bosnia and Herzegovina;Bosnia|Bosnian|Sarajevo
Botswana|Botswanan;Motswana|Gaborone
Brazil|Brazilian|Brasilia;Brasília
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe;Burkinabè|Ouagadougou
Burundi|Burundian|Gitega
Cabo Verde;Cape Verde|Cabo Verdean;Cape Verdean|Praia
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde;Yaoundé
Canada|Canadian|Ottawa
Central African Republic;CAR|Central African|Bangui
Chad|Chadian|N'Djamena;N’Djamena
Chile|Chilean|Santiago
China|Chinese|Beijing
Colombia|Colombian|Bogota;Bogotá
Comoros|Comorian|Moroni
Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC|Congolese|Kinshasa
Republic of the Congo;Congo-Brazzaville;Congo||Brazzaville
Costa Rica|Costa Rican|San Jose;San José
Cote d'Ivoire;Côte d'Ivoire;Côte d’Ivoire;Ivory Coast|Ivorian|Yamoussoukro
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czechia;Czech Republic|Czech|Prague
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|
Dominica|Dominican|Roseau
Dominican Republic||Santo Domingo
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
El Salvador|Salvadoran|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Eswatini;Swaziland|Swazi|Mbabane
Ethiopia|Ethiopian|Addis Ababa
Fiji|Fijian|Suva
Finland|Finnish|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Grenada|Grenadian|
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Guyanese|Georgetown
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran;Islamic Republic of Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|
Italy|Italian|Rome
Jamaica|Jamaican|Kingston
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh;Kazakhstani|Astana
Kenya|Kenyan|Nairobi
Kiribati|I-Kiribati|Tarawa
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao;Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Liechtenstein|Liechtensteiner|Vaduz
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish|
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur
Maldives|Maldivian|
Mali|Malian|Bamako
Malta|Maltese|Valletta
Marshall Islands|Marshallese|Majuro
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Mexico|Mexican|Mexico City
Micronesia|Micronesian|Palikir
Moldova|Moldovan|Chisinau;Chişinău
Monaco|Monegasque|
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar;Burma|Burmese|Naypyidaw;Naypyitaw
Namibia|Namibian|Windhoek
Nauru|Nauruan|
Nepal|Nepali;Nepalese|Kathmandu
Netherlands;Holland|Dutch|Amsterdam
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea;DPRK|North Korean|Pyongyang
North Macedonia;Macedonia|Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palau|Palauan|Ngerulmud
Panama|Panamanian|Panama City
Papua New Guinea|Papua New Guinean|Port Moresby
Paraguay|Paraguayan|Asuncion;Asunción
Peru|Peruvian|Lima
Philippines|Filipino;Philippine|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia;Russian Federation|Russian|Moscow
Rwanda|Rwandan|Kigali
Saint Kitts and Nevis||Basseterre
Saint Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|Vincentian|Kingstown
Samoa|Samoan|Apia
San Marino|Sammarinese|
Sao Tome and Principe;São Tomé and Príncipe|Santomean|
Saudi Arabia|Saudi|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Seychelles|Seychellois|
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean|
Slovakia|Slovak|Bratislava
Slovenia|Slovenian;Slovene|Ljubljana
Solomon Islands|Solomon Islander|Honiara
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Korea;Republic of Korea|South Korean|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok
Timor-Leste;East Timor|Timorese|Dili
Togo|Togolese|Lome;Lomé
Tonga|Tongan|Nuku'alofa
Trinidad and Tobago;Trinidad|Trinidadian|Port of Spain
Tunisia|Tunisian|Tunis
Turkey;Türkiye;Turkiye|Turkish|Ankara
Turkmenistan|Turkmen|Ashgabat
Tuvalu|Tuvaluan|Funafuti
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv;Kiev
United Arab Emirates;UAE;U.A.E.|Emirati|Abu Dhabi
United Kingdom;UK;U.K.;Britain;Great Britain|British|London
United States;United States of America;US;U.S.;USA;U.S.A.;America|American|Washington
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Vanuatu|Ni-Vanuatu|Port Vila
Venezuela|Venezuelan|Caracas
Vietnam;Viet Nam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa;Sana'a
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
Taiwan|Taiwanese|Taipei
Kosovo|Kosovar|Pristina
Palestine|Palestinian|Ramallah
Vatican;Holy See||
Soviet Union;USSR|Soviet|
Yugoslavia|Yugoslav|
Zaire|Zairean|
Czechoslovakia|Czechoslovak|
England||
Scotland|Scottish|
Wales|Welsh|
Northern Ireland||
"""


@dataclass(frozen=True)
class Country:
    """One country's names as news text uses them."""

    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def _parse(table: str) -> tuple[Country, ...]:
    countries = []
    for line in table.strip().splitlines():
        names, demonyms, capitals = (field.split(";") if field else [] for field in line.split("|"))
        countries.append(Country(names[0], tuple(names), tuple(demonyms), tuple(capitals)))
    return tuple(countries)


COUNTRIES: tuple[Country, ...] = _parse(_TABLE)

# Surface form -> canonical country name.
COUNTRY_BY_NAME: dict[str, str] = {n: c.name for c in COUNTRIES for n in c.names}
COUNTRY_BY_CAPITAL: dict[str, str] = {k: c.name for c in COUNTRIES for k in c.capitals}
COUNTRY_BY_DEMONYM: dict[str, str] = {d: c.name for c in COUNTRIES for d in c.demonyms}


def longest_form(table: dict[str, str]) -> int:
    """How many words the longest surface form in ``table`` has (bounds phrase look-ups)."""
    return max(len(k.split()) for k in table)
