#!/usr/bin/env python3
"""Fills the English plural forms of a -pluralonly .ts file: "(s)" becomes "" and "s"."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
tree.write(path, encoding="utf-8", xml_declaration=True)
