#!/usr/bin/env python3
"""Checks the shipped translations/*.ts against the sources (the translation-completeness test).

For every translations/rras-console_<lang>.ts it runs lupdate, as the build's lupdate targets do,
on a copy in a temporary folder, so the repository is never touched, and fails when:
  - the sources hold a string that lupdate would add (it arrives "unfinished" in the copy),
  - a message is unfinished, vanished or obsolete,
  - a translation is empty, or a plural message lacks a form or the %n in a form,
  - a translation drops or invents a placeholder (%1..%99, %n) or the source's accelerator (&X).
English holds only plural forms (-pluralonly); the others hold every message.

usage: check-translations.py [--lupdate PATH] [--root DIR] [LANG ...]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ["ui", "models", "backend"]
PLACEHOLDER = re.compile(r"%(\d{1,2}|n)")
# An accelerator is a single & before a letter or digit; "&&" is a literal ampersand and entities
# such as &amp; have been decoded by the XML parser already.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)[^\s&]")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def accelerators(text):
    return len(ACCELERATOR.findall((text or "").replace("&&", "")))


def check_file(ts_path, lupdate, root, plural_only):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts_path))
        shutil.copyfile(ts_path, copy)
        options = ["-locations", "none"]
        if plural_only:
            options.append("-pluralonly")
        result = subprocess.run(
            [lupdate, *options, *SOURCE_DIRS, "-ts", copy],
            cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            return [f"lupdate failed ({result.returncode}): {result.stderr.strip()}"]
        tree = ET.parse(copy)

    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{context_name}: \"{source[:70]}\""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                if kind == "unfinished" and not (translation.text or list(translation)):
                    problems.append(f"{where}: new or untranslated message")
                else:
                    problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if not forms or any(not f.strip() for f in forms):
                    problems.append(f"{where}: a plural form is empty")
                    continue
                texts = forms
            else:
                if not (translation.text or "").strip():
                    problems.append(f"{where}: empty translation")
                    continue
                texts = [translation.text]
            wanted = placeholders(source)
            wanted_acc = accelerators(source)
            for text in texts:
                got = placeholders(text)
                if message.get("numerus") == "yes" and len(texts) > 1:
                    # A singular form may spell the number out ("one session"), the others not.
                    if "n" in wanted and "n" not in got and text is not texts[0]:
                        problems.append(f"{where}: plural form \"{text}\" lacks %n")
                    got = sorted(set(got) | {"n"}) if "n" in wanted else got
                if got != wanted:
                    problems.append(f"{where}: placeholders {wanted} became {got} in \"{text}\"")
                if wanted_acc and accelerators(text) != wanted_acc:
                    problems.append(f"{where}: accelerator (&) lost in \"{text}\"")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("langs", nargs="*")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    folder = os.path.join(root, "translations")
    files = sorted(f for f in os.listdir(folder) if re.fullmatch(r"rras-console_\w+\.ts", f))
    if args.langs:
        files = [f for f in files if f[len("rras-console_"):-3] in args.langs]
    if not files:
        print("no translations found", file=sys.stderr)
        return 1
    failed = 0
    for name in files:
        lang = name[len("rras-console_"):-3]
        problems = check_file(os.path.join(folder, name), args.lupdate, root, lang == "en")
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{name}: {status}")
        for p in problems[:200]:
            print(f"  {p}")
        if len(problems) > 200:
            print(f"  ... and {len(problems) - 200} more")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
