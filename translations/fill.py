#!/usr/bin/env python3
"""Fills a Qt .ts file from a dictionary (source text -> translation) and reports what is missing.

    fill.py actidesk_de.ts de.json [--check] [--unused]

The dictionary is a JSON object:
    "messages":  { "<English source>": "<translation>" | ["<plural form 1>", "<form 2>", ...] }
    "byContext": { "<context>": { "<English source>": ... } }   (overrides for one context)
    "plurals":   number of plural forms of the language (German 2, Russian 3)
A message with a disambiguation comment is looked up as "<source>|<comment>" first.

Every message the dictionary knows is written as finished; the others keep a finished translation
the .ts already has (e.g. made in Qt Linguist) or stay unfinished and are listed. Placeholders
(%1 … %9, %n) and accelerators (&) must survive; violations are listed as errors.
With --check nothing is written and the exit code is 1 when anything is missing or wrong;
--unused lists the dictionary entries no source uses.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def accelerators(text):
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def state(translation):
    """What a <translation> says, without the layout."""
    return (translation.get("type"), (translation.text or "").strip(),
            [form.text or "" for form in translation.iter("numerusform")])


def lookup(dictionary, context, source, comment):
    keys = ([source + "|" + comment] if comment else []) + [source]
    by_context = dictionary.get("byContext", {}).get(context, {})
    for table in (by_context, dictionary.get("messages", {})):
        for key in keys:
            if key in table:
                return key, table[key]
    return None, None


def problems(source, forms, numerus, plurals):
    found = []
    if numerus and len(forms) != plurals:
        found.append(f"needs {plurals} plural forms, has {len(forms)}")
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for form in forms:
        have = sorted(set(PLACEHOLDER.findall(form)))
        # A plural form may leave %n out only where the language says "one" without the number.
        if have != wanted and not (numerus and set(wanted) - set(have) == {"%n"}):
            found.append(f"placeholders {have} instead of {wanted} in {form!r}")
        if accelerators(source) != accelerators(form):
            found.append(f"accelerator (&) count differs in {form!r}")
        if not form.strip():
            found.append("empty translation")
    return found


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    ts_path, dict_path = args
    with open(dict_path, encoding="utf-8") as f:
        dictionary = json.load(f)
    plurals = dictionary.get("plurals", 2)
    tree = ET.parse(ts_path)
    used = set()
    missing, errors, changed = [], [], 0
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            comment = message.findtext("comment")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            key, value = lookup(dictionary, context_name, source, comment)
            where = f"{context_name}: {source!r}"
            if value is None:
                kept = translation.get("type") != "unfinished" and (
                    translation.text or len(translation))
                if not kept:
                    missing.append(where)
                continue
            used.add((context_name if key in dictionary.get("byContext", {}).get(
                context_name, {}) else "", key))
            forms = value if isinstance(value, list) else [value]
            found = problems(source, forms, numerus, plurals)
            if found:
                errors.extend(f"{where}: {p}" for p in found)
                continue
            before = state(translation)
            translation.clear()
            if numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            if state(translation) != before:
                changed += 1
    unused = [k for k in dictionary.get("messages", {}) if ("", k) not in used]
    for line in errors:
        print(f"ERROR {ts_path}: {line}")
    for line in missing:
        print(f"UNTRANSLATED {ts_path}: {line}")
    if unused:
        # Entries for strings of branches not merged yet are expected; --unused lists them.
        print(f"note: {len(unused)} entries of {dict_path} are not used by the sources "
              "(removed, reworded, or not merged yet)")
        if "--unused" in sys.argv:
            for k in unused:
                print(f"  unused: {k!r}")
    print(f"{ts_path}: {changed} filled or changed, {len(missing)} untranslated, "
          f"{len(errors)} errors")
    if not check and changed:
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return 1 if (missing or errors) else 0


if __name__ == "__main__":
    sys.exit(main())
