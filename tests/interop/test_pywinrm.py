#!/usr/bin/python3
"""Interop: an independent WinRM client (Debian's pywinrm) against rras-sim.

pywinrm posts raw envelopes written here from protocol.md (not by our C++ writer) through
winrm.protocol.Protocol.send_message; the replies are read with ElementTree (not our parser).
The tunnels it sees must be the ones rrasctl sees. Exit 77 (ctest SKIP) when pywinrm is missing.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unittest
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

try:
    import winrm.protocol
    from winrm.exceptions import WinRMError, InvalidCredentialsError
except ImportError:  # pragma: no cover
    print("SKIP: python3-winrm (pywinrm) is not installed for /usr/bin/python3; "
          "install it with scripts/deps.sh test")
    sys.exit(77)

ARGS = None
NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
    "f": "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
WMI = "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/Microsoft/Windows/RemoteAccess/"
PASSWORD = "interop-" + uuid.uuid4().hex
FIELDS = ["AuthMethod", "Bandwidth", "ClientExternalAddress", "ClientIPv4Address", "ClientIPv6Address",
          "ConnectionDuration", "ConnectionStartTime", "ConnectionType", "HealthStatus", "HostName",
          "RoutingDomain", "TotalBytesIn", "TotalBytesOut", "TransitionTechnology", "TunnelType",
          "UserActivityState", "UserName"]


def envelope(url, cls, method, params="", message_id=None, max_env=512000):
    """A static Invoke request in the shape of protocol.md §4.1."""
    message_id = message_id or "uuid:" + str(uuid.uuid4()).upper()
    uri = WMI + cls
    xml = f"""<s:Envelope xmlns:s="{NS['s']}" xmlns:a="{NS['a']}" xmlns:w="{NS['w']}"
 xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd">
 <s:Header>
  <a:To>{escape(url)}</a:To>
  <w:ResourceURI s:mustUnderstand="true">{uri}</w:ResourceURI>
  <a:ReplyTo><a:Address s:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>
  <a:Action s:mustUnderstand="true">{uri}/{method}</a:Action>
  <w:MaxEnvelopeSize s:mustUnderstand="true">{max_env}</w:MaxEnvelopeSize>
  <a:MessageID>{message_id}</a:MessageID>
  <w:Locale xml:lang="en-US" s:mustUnderstand="false"/>
  <p:DataLocale xml:lang="en-US" s:mustUnderstand="false"/>
  <w:OperationTimeout>PT20S</w:OperationTimeout>
 </s:Header>
 <s:Body><m:{method}_INPUT xmlns:m="{uri}">{params}</m:{method}_INPUT></s:Body>
</s:Envelope>"""
    return xml, message_id


def local(tag):
    return tag.rsplit("}", 1)[-1]


def is_nil(el):
    return el.get("{%s}nil" % NS["xsi"]) == "true"


def parse_output(text, message_id):
    root = ET.fromstring(text)
    relates = root.find("s:Header/a:RelatesTo", NS)
    assert relates is not None and relates.text == message_id, "RelatesTo must echo the MessageID"
    body = root.find("s:Body", NS)
    out = list(body)[0]
    return out


def tunnels_of(out):
    result = []
    for item in out:
        if local(item.tag) != "cmdletOutput" or is_nil(item):
            continue
        t = {}
        for prop in item:
            name = local(prop.tag)
            if is_nil(prop):
                value = None
            elif len(prop):  # <cim:Datetime>
                value = list(prop)[0].text
            else:
                value = prop.text or ""
            if name == "UserName":
                t.setdefault(name, [])
                if value is not None:
                    t[name].append(value)
            else:
                t[name] = value
        result.append(t)
    return result


def return_value(out):
    for item in out:
        if local(item.tag) == "ReturnValue":
            return int(item.text)
    return None


class SimProcess:
    def __init__(self, *extra):
        env = dict(os.environ, RRAS_INTEROP_PW=PASSWORD)
        self.proc = subprocess.Popen(
            [ARGS.sim, "--servers", "1", "--port", "0", "--tunnels", "40", "--seed", "11", "--churn", "0",
             "--user", "operator", "--password-env", "RRAS_INTEROP_PW", "--quiet", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        self.url = None
        self.fingerprint = None
        for line in self.proc.stdout:
            parts = line.split()
            if parts and parts[0] == "CERT":
                self.fingerprint = parts[2]
            if parts and parts[0] == "READY":
                self.url = parts[2]
                break
        if not self.url:
            raise RuntimeError("rras-sim printed no READY line")

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.proc.stdout.close()


class PyWinrmInterop(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.environ["NO_PROXY"] = "127.0.0.1,localhost"
        cls.tmp = tempfile.TemporaryDirectory()
        cls.certfile = os.path.join(cls.tmp.name, "sim.pem")
        cls.http = SimProcess("--allow-unencrypted")
        cls.https = SimProcess("--tls", "--cert-out", cls.certfile)

    @classmethod
    def tearDownClass(cls):
        cls.http.close()
        cls.https.close()
        cls.tmp.cleanup()

    def protocol(self, sim, transport="plaintext", password=PASSWORD):
        kwargs = {}
        if transport == "ssl":
            kwargs["ca_trust_path"] = self.certfile
        return winrm.protocol.Protocol(sim.url, transport=transport, username="operator", password=password,
                                       read_timeout_sec=30, operation_timeout_sec=20, **kwargs)

    def list_tunnels(self, sim, transport="plaintext"):
        xml, mid = envelope(sim.url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics")
        out = parse_output(self.protocol(sim, transport).send_message(xml), mid)
        self.assertEqual(local(out.tag), "GetByActiveStatistics_OUTPUT")
        self.assertEqual(return_value(out), 0)
        return tunnels_of(out)

    def rrasctl_list(self, sim, extra=()):
        env = dict(os.environ, RRAS_PASSWORD=PASSWORD)
        res = subprocess.run([ARGS.rrasctl, "list", "--server", sim.url, "--user", "operator", "--format", "json",
                              *extra], capture_output=True, text=True, env=env, timeout=60)
        self.assertEqual(res.returncode, 0, res.stderr)
        return json.loads(res.stdout)

    def test_listing_matches_rrasctl(self):
        ours = self.rrasctl_list(self.http, ["--allow-unencrypted"])
        theirs = self.list_tunnels(self.http)
        self.assertEqual(len(theirs), 40)
        self.assertEqual(len(ours), 40)
        by_addr = {t.get("ClientIPv4Address") or t.get("ClientIPv6Address"): t for t in theirs}
        for row in ours:
            key = row.get("ClientIPv4Address") or row.get("ClientIPv6Address")
            self.assertIn(key, by_addr)
            t = by_addr[key]
            for field in ("HostName", "ClientExternalAddress", "TunnelType", "AuthMethod", "ConnectionType",
                          "UserActivityState", "TransitionTechnology"):
                self.assertEqual(row[field] or None, t.get(field) or None, field)
            self.assertEqual(row["UserName"], t["UserName"])
            self.assertEqual(int(row["TotalBytesIn"]) >= 0, True)
        for t in theirs:
            for field in ("ClientExternalAddress", "TunnelType", "AuthMethod", "ConnectionStartTime",
                          "ConnectionType", "UserActivityState", "HostName"):
                self.assertTrue(t.get(field), f"{field} filled")

    def test_https_basic_with_ca(self):
        self.assertEqual(len(self.list_tunnels(self.https, "ssl")), 40)
        self.assertEqual(len(self.rrasctl_list(self.https, ["--ca", self.certfile])), 40)

    def test_disconnect_passthru(self):
        sim = SimProcess("--allow-unencrypted")
        try:
            tunnels = self.list_tunnels(sim)
            victims = [t["ClientIPv4Address"] for t in tunnels if t.get("ClientIPv4Address")][:3]
            params = "<m:PassThru>true</m:PassThru>" + "".join(
                f"<m:HostIPAddress>{escape(a)}</m:HostIPAddress>" for a in victims + ["10.254.254.254"])
            xml, mid = envelope(sim.url, "PS_VpnUser", "DisconnectByHostIP", params)
            out = parse_output(self.protocol(sim).send_message(xml), mid)
            self.assertEqual(local(out.tag), "DisconnectByHostIP_OUTPUT")
            self.assertEqual(return_value(out), 0)
            echoed = sorted(el.text for el in out if local(el.tag) == "cmdletOutput")
            self.assertEqual(echoed, sorted(victims))
            after = self.list_tunnels(sim)
            self.assertEqual(len(after), 37)
            self.assertFalse(set(victims) & {t.get("ClientIPv4Address") for t in after})
        finally:
            sim.close()

    def test_unknown_class_fault(self):
        xml, mid = envelope(self.http.url, "PS_NoSuchClass", "GetByActiveStatistics")
        # pywinrm reads the fault itself and reports its fields.
        with self.assertRaises(WinRMError) as ctx:
            self.protocol(self.http).send_message(xml)
        text = str(ctx.exception)
        self.assertIn("'http_status_code': 500", text)
        self.assertIn("'fault_subcode': 'a:DestinationUnreachable'", text)
        self.assertIn("'wsmanfault_code': '2150858752'", text)

    def test_envelope_limit_fault(self):
        xml, mid = envelope(self.http.url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics",
                            max_env=8192)
        with self.assertRaises(WinRMError) as ctx:
            self.protocol(self.http).send_message(xml)
        text = str(ctx.exception)
        self.assertIn("'fault_subcode': 'w:EncodingLimit'", text)
        self.assertIn("MaxEnvelopeSize", text)

    def test_wrong_password_rejected(self):
        xml, _ = envelope(self.http.url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics")
        with self.assertRaises(InvalidCredentialsError):
            self.protocol(self.http, password="wrong").send_message(xml)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sim", required=True)
    parser.add_argument("--rrasctl", required=True)
    ARGS, rest = parser.parse_known_args()
    result = unittest.main(argv=[sys.argv[0], "-v"] + rest, exit=False).result
    print(f"{result.testsRun - len(result.failures) - len(result.errors)} passed, "
          f"{len(result.failures) + len(result.errors)} failed")
    sys.exit(0 if result.wasSuccessful() else 1)
