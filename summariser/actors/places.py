"""Well-known places that are not countries: the states and provinces of large federations,
and large or much-reported cities (capitals are in the country gazetteer).

Read only when typing a name no list or context has typed: many of these names are also
clubs ("Barcelona"), companies or people, and their cues ("Barcelona said", "Porto striker")
come first. General world knowledge, hand-written, as the country gazetteer is.
"""

from __future__ import annotations

from .lexicon import comma_phrases

PLACES = comma_phrases(
    """
    Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida,
    Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland,
    Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New
    Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma,
    Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah,
    Vermont, Virginia, West Virginia, Wisconsin, Wyoming, Ontario, Quebec, British Columbia,
    Alberta, Manitoba, Nova Scotia, New South Wales, Queensland, Tasmania, Bavaria, Catalonia,
    Andalusia, Lombardy, Tuscany, Sicily, Sardinia, Corsica, Brittany, Normandy, Provence,
    Flanders, Wallonia, Silesia, Siberia, Chechnya, Tatarstan, Punjab, Kerala, Bengal,
    Tamil Nadu, Kashmir, Xinjiang, Tibet, Guangdong, Sichuan, Hokkaido, Okinawa, Mindanao,
    Java, Sumatra, Borneo, Bali, Kurdistan, Yorkshire, Lancashire, Kent, Essex, Surrey, Sussex,
    Cornwall, Devon, Norfolk, Suffolk, Cheshire, Staffordshire, Merseyside, Cumbria,
    New York City, Los Angeles, Chicago, Houston, Philadelphia, Phoenix, San Antonio, San
    Diego, Dallas, San Francisco, Seattle, Boston, Detroit, Miami, Atlanta, Denver, Las Vegas,
    New Orleans, Baltimore, Pittsburgh, Cleveland, Cincinnati, St. Louis, Minneapolis, Portland,
    Manhattan, Brooklyn, Queens, the Bronx, Hollywood, Toronto, Montreal, Vancouver, Calgary,
    Sydney, Melbourne, Brisbane, Perth, Adelaide, Auckland, Rio de Janeiro, Sao Paulo, São
    Paulo, Buenos Aires, Mumbai, Bombay, Kolkata, Calcutta, Chennai, Bangalore, Hyderabad,
    Karachi, Lahore, Shanghai, Hong Kong, Guangzhou, Shenzhen, Chongqing, Wuhan, Osaka, Kyoto,
    Yokohama, Busan, Istanbul, Dubai, Jeddah, Mecca, Medina, Basra, Mosul, Aleppo, Homs,
    Benghazi, Alexandria, Casablanca, Lagos, Johannesburg, Cape Town, Durban, Mombasa, Goma,
    Timbuktu, Gao, Kidal, Manchester, Birmingham, Liverpool, Leeds, Glasgow, Edinburgh,
    Cardiff, Belfast, Bristol, Sheffield, Newcastle, Nottingham, Leicester, Oxford, Cambridge,
    Brighton, Southampton, Aberdeen, Dundee, Munich, Hamburg, Frankfurt, Cologne, Stuttgart,
    Dusseldorf, Milan, Naples, Turin, Venice, Florence, Genoa, Barcelona, Valencia, Seville,
    Bilbao, Marseille, Lyon, Nice, Bordeaux, Toulouse, Strasbourg, Geneva, Zurich, Basel,
    Rotterdam, Antwerp, Porto, St Petersburg, St. Petersburg, Saint Petersburg, Novosibirsk,
    Yekaterinburg, Kharkiv, Odesa, Odessa, Lviv, Donetsk, Luhansk, Mariupol, Krakow, Gdansk,
    Thessaloniki, Jerusalem, Tel Aviv, Haifa, Ramallah, Gaza City, Earth, Mars, Venus, Jupiter,
    Saturn, Neptune, Uranus, Pluto
    """
)
