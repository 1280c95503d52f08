#!/usr/bin/python3
"""The peer side of bench/peer: Debian's pywinrm doing what rrasctl does.

pywinrm posts the same Invoke envelopes the console sends (protocol.md 4.1, the shape of
tests/interop/test_pywinrm.py) through winrm.protocol.Protocol.send_message, and the replies are
read with the standard library's ElementTree. Every tunnel becomes a dict of its fields, so the
work matches rrasctl's (parse every property of every tunnel), and the count is checked.

  pyclient.py list --mode seq|threads|procs URL...        one GetByActiveStatistics per server
  pyclient.py fetch URL                                   one listing's reply size in bytes
  pyclient.py disconnect --session per-call|per-server PAIRS_FILE
        one DisconnectByHostIP per address (lines "URL ADDRESS"), as a foreach loop over
        Disconnect-VpnUser does: per-call opens a new session (connection and authentication)
        for every address as the cmdlet with -ComputerName does; per-server reuses one per server.
Prints one JSON line on stdout. The password comes from RRAS_PASSWORD, the user from RRAS_USER.
"""
import argparse
import concurrent.futures
import json
import multiprocessing
import os
import sys
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

import winrm.protocol

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
WMI = "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/"
NIL = "{%s}nil" % NS["xsi"]
MAX_ENVELOPE = int(os.environ.get("RRAS_MAX_ENVELOPE", str(8 * 1024 * 1024)))


def envelope(url, cls, method, params=""):
    message_id = "uuid:" + str(uuid.uuid4()).upper()
    uri = WMI + cls
    xml = f"""<s:Envelope xmlns:s="{NS['s']}" xmlns:a="{NS['a']}" xmlns:w="{NS['w']}"
 xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd">
 <s:Header>
  <a:To>{escape(url)}</a:To>
  <w:ResourceURI s:mustUnderstand="true">{uri}</w:ResourceURI>
  <a:ReplyTo><a:Address s:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>
  <a:Action s:mustUnderstand="true">{uri}/{method}</a:Action>
  <w:MaxEnvelopeSize s:mustUnderstand="true">{MAX_ENVELOPE}</w:MaxEnvelopeSize>
  <a:MessageID>{message_id}</a:MessageID>
  <w:Locale xml:lang="en-US" s:mustUnderstand="false"/>
  <p:DataLocale xml:lang="en-US" s:mustUnderstand="false"/>
  <w:OperationTimeout>PT60S</w:OperationTimeout>
 </s:Header>
 <s:Body><m:{method}_INPUT xmlns:m="{uri}">{params}</m:{method}_INPUT></s:Body>
</s:Envelope>"""
    return xml, message_id


def protocol(url):
    return winrm.protocol.Protocol(url, transport="plaintext", username=os.environ["RRAS_USER"],
                                   password=os.environ["RRAS_PASSWORD"], read_timeout_sec=90,
                                   operation_timeout_sec=60)


def local(tag):
    return tag.rsplit("}", 1)[-1]


def output_of(text, message_id):
    root = ET.fromstring(text)
    relates = root.find("s:Header/a:RelatesTo", NS)
    if relates is None or relates.text != message_id:
        raise RuntimeError("RelatesTo does not echo the MessageID")
    return list(root.find("s:Body", NS))[0]


def return_value(out):
    for item in out:
        if local(item.tag) == "ReturnValue":
            return int(item.text)
    return None


def tunnels_of(out):
    result = []
    for item in out:
        if local(item.tag) != "cmdletOutput" or item.get(NIL) == "true":
            continue
        t = {}
        for prop in item:
            name = local(prop.tag)
            if prop.get(NIL) == "true":
                value = None
            elif len(prop):  # <cim:Datetime>
                value = prop[0].text
            else:
                value = prop.text or ""
            if name == "UserName":
                if value is not None:
                    t.setdefault(name, []).append(value)
            else:
                t[name] = value
        result.append(t)
    return result


def list_one(url):
    xml, mid = envelope(url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics")
    reply = protocol(url).send_message(xml)
    out = output_of(reply, mid)
    if return_value(out) != 0:
        raise RuntimeError(f"{url}: ReturnValue {return_value(out)}")
    return len(tunnels_of(out)), len(reply.encode("utf-8") if isinstance(reply, str) else reply)


def run_list(args):
    if args.mode == "seq":
        results = [list_one(u) for u in args.urls]
    elif args.mode == "threads":
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(args.urls)) as pool:
            results = list(pool.map(list_one, args.urls))
    else:
        with multiprocessing.Pool(processes=len(args.urls)) as pool:
            results = pool.map(list_one, args.urls)
    print(json.dumps({"servers": len(results), "tunnels": sum(r[0] for r in results),
                      "bytes": sum(r[1] for r in results)}))


def run_fetch(args):
    count, size = list_one(args.url)
    print(json.dumps({"tunnels": count, "bytes": size}))


def disconnect_one(session, url, address):
    params = ("<m:PassThru>true</m:PassThru>"
              f"<m:HostIPAddress>{escape(address)}</m:HostIPAddress>")
    xml, mid = envelope(url, "PS_VpnUser", "DisconnectByHostIP", params)
    out = output_of(session.send_message(xml), mid)
    echoed = [el.text for el in out if local(el.tag) == "cmdletOutput"]
    return return_value(out) == 0 and echoed == [address]


def run_disconnect(args):
    pairs = []
    with open(args.pairs) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                pairs.append(parts)
    sessions = {}
    done = 0
    for url, address in pairs:
        if args.session == "per-call":
            session = protocol(url)
        else:
            session = sessions.get(url) or sessions.setdefault(url, protocol(url))
        done += disconnect_one(session, url, address)
    print(json.dumps({"requested": len(pairs), "disconnected": done}))
    return 0 if done == len(pairs) else 1


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("list")
    p.add_argument("--mode", choices=["seq", "threads", "procs"], default="seq")
    p.add_argument("urls", nargs="+")
    p = sub.add_parser("fetch")
    p.add_argument("url")
    p = sub.add_parser("disconnect")
    p.add_argument("--session", choices=["per-call", "per-server"], default="per-call")
    p.add_argument("pairs")
    args = parser.parse_args()
    if args.command == "list":
        run_list(args)
    elif args.command == "fetch":
        run_fetch(args)
    else:
        return run_disconnect(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
