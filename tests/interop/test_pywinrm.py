#!/usr/bin/python3
"""Interop: an independent WinRM client (Debian's pywinrm) against rras-sim.

pywinrm posts raw envelopes written here from protocol.md (not by our C++ writer) through
winrm.protocol.Protocol.send_message; the replies are read with ElementTree (not our parser).
The tunnels it sees must be the ones rrasctl sees. Exit 77 (ctest SKIP) when pywinrm is missing.

Besides Basic, rras-sim as a default Windows listener (Negotiate, AllowUnencrypted=false):
pywinrm's NTLM over http seals every message (protocol.md 2.2) and its Kerberos over https
(Debian's pykerberos cannot seal) runs against a realm made here on loopback (krb5-kdc).
Those classes skip, naming the Debian package, when gss-ntlmssp or the Kerberos tools are missing.
"""
import argparse
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

# pywinrm's NTLM needs MD4, which OpenSSL 3 keeps in its legacy provider: run again with a
# configuration that activates it (before anything loads OpenSSL).
if "RRAS_INTEROP_OPENSSL" not in os.environ:
    conf = tempfile.NamedTemporaryFile("w", suffix=".cnf", prefix="rras-openssl-", delete=False)
    conf.write("openssl_conf = openssl_init\n[openssl_init]\nproviders = provider_sect\n"
               "[provider_sect]\ndefault = default_sect\nlegacy = legacy_sect\n"
               "[default_sect]\nactivate = 1\n[legacy_sect]\nactivate = 1\n")
    conf.close()
    env = dict(os.environ, OPENSSL_CONF=conf.name, RRAS_INTEROP_OPENSSL=conf.name)
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

try:
    import winrm.protocol
    from winrm.exceptions import WinRMError, InvalidCredentialsError, WinRMTransportError
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
    def __init__(self, *extra, basic=True, env=None):
        env = dict(env or os.environ, RRAS_INTEROP_PW=PASSWORD)
        user = ["--user", "operator", "--password-env", "RRAS_INTEROP_PW"] if basic else []
        self.proc = subprocess.Popen(
            [ARGS.sim, "--servers", "1", "--port", "0", "--tunnels", "40", "--seed", "11", "--churn", "0",
             *user, "--quiet", *extra],
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
        # These servers take Basic; rrasctl's own default with --user is Negotiate.
        res = subprocess.run([ARGS.rrasctl, "list", "--server", sim.url, "--auth", "basic", "--user", "operator",
                              "--format", "json", *extra], capture_output=True, text=True, env=env, timeout=60)
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


NTLM_USER = "CORP\\carol"
NTLM_PASSWORD = "carol-" + uuid.uuid4().hex
SBIN = os.pathsep.join(["/usr/sbin", "/usr/bin", "/sbin", "/bin", os.environ.get("PATH", "")])


def ntlm_missing():
    if not glob.glob("/usr/lib/*/gssntlmssp/gssntlmssp.so") and not glob.glob("/etc/gss/mech.d/*ntlm*"):
        return "gss-ntlmssp is not installed (scripts/deps.sh test)"
    return None


def kerberos_missing():
    for tool, package in (("krb5kdc", "krb5-kdc"), ("kdb5_util", "krb5-kdc"), ("kadmin.local", "krb5-admin-server"),
                          ("kinit", "krb5-user")):
        if not shutil.which(tool, path=SBIN):
            return f"{tool} is missing: install {package} (scripts/deps.sh test)"
    try:
        import requests_kerberos  # noqa: F401
    except ImportError:
        return "python3-requests-kerberos is not installed (scripts/deps.sh test)"
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Realm:
    """TEST.LOCAL on loopback (env-notes.md): a KDC on a free port, alice, an HTTP/localhost key."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="rras-realm-")
        d = self.tmp.name
        port = free_port()
        with open(os.path.join(d, "krb5.conf"), "w") as f:
            f.write(f"""[libdefaults]
  default_realm = TEST.LOCAL
  dns_lookup_kdc = false
  dns_lookup_realm = false
  rdns = false
  dns_canonicalize_hostname = false
  udp_preference_limit = 1
[realms]
  TEST.LOCAL = {{
    kdc = 127.0.0.1:{port}
  }}
[domain_realm]
  localhost = TEST.LOCAL
""")
        with open(os.path.join(d, "kdc.conf"), "w") as f:
            f.write(f"""[kdcdefaults]
  kdc_listen = 127.0.0.1:{port}
  kdc_tcp_listen = 127.0.0.1:{port}
[realms]
  TEST.LOCAL = {{
    database_name = {d}/principal
    key_stash_file = {d}/stash
    acl_file = {d}/kadm5.acl
  }}
""")
        open(os.path.join(d, "kadm5.acl"), "w").close()
        self.keytab = os.path.join(d, "http.keytab")
        self.env = dict(os.environ, KRB5_CONFIG=os.path.join(d, "krb5.conf"),
                        KRB5_KDC_PROFILE=os.path.join(d, "kdc.conf"), KRB5CCNAME="FILE:" + os.path.join(d, "cc"),
                        KRB5_KTNAME="FILE:" + self.keytab, KRB5RCACHEDIR=d)
        self.run("kdb5_util", "create", "-s", "-r", "TEST.LOCAL", "-P", "master-" + uuid.uuid4().hex)
        self.run("kadmin.local", "-q", "addprinc -pw alice-pw alice")
        self.run("kadmin.local", "-q", "addprinc -randkey HTTP/localhost")
        self.run("kadmin.local", "-q", f"ktadd -k {self.keytab} HTTP/localhost")
        self.kdc = subprocess.Popen([shutil.which("krb5kdc", path=SBIN), "-n", "-P", os.path.join(d, "kdc.pid")],
                                    env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or self.kdc.poll() is not None:
                    raise RuntimeError("krb5kdc did not start")
                time.sleep(0.05)
        self.run("kinit", "alice", input="alice-pw\n")

    def run(self, tool, *args, input=None):
        subprocess.run([shutil.which(tool, path=SBIN), *args], env=self.env, input=input, text=True, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)

    def close(self):
        self.kdc.terminate()
        self.kdc.wait(10)
        self.tmp.cleanup()


class InteropBase(unittest.TestCase):
    """Listing and disconnecting through any pywinrm transport, with the envelopes above."""

    def send(self, proto, xml):
        return proto.send_message(xml)

    def list_with(self, proto, url):
        xml, mid = envelope(url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics")
        out = parse_output(self.send(proto, xml), mid)
        self.assertEqual(return_value(out), 0)
        return tunnels_of(out)

    def disconnect_with(self, proto, url, victims):
        params = "<m:PassThru>true</m:PassThru>" + "".join(
            f"<m:HostIPAddress>{escape(a)}</m:HostIPAddress>" for a in victims)
        xml, mid = envelope(url, "PS_VpnUser", "DisconnectByHostIP", params)
        out = parse_output(self.send(proto, xml), mid)
        self.assertEqual(return_value(out), 0)
        return sorted(el.text for el in out if local(el.tag) == "cmdletOutput")

    def check_list_and_disconnect(self, make_proto, url):
        proto = make_proto()
        tunnels = self.list_with(proto, url)
        self.assertEqual(len(tunnels), 40)
        victims = [t["ClientIPv4Address"] for t in tunnels if t.get("ClientIPv4Address")][:2]
        self.assertEqual(self.disconnect_with(proto, url, victims), sorted(victims))
        # A new client (new connection, new context) sees the result.
        after = self.list_with(make_proto(), url)
        self.assertEqual(len(after), 38)
        self.assertFalse(set(victims) & {t.get("ClientIPv4Address") for t in after})

    def rrasctl(self, url, *args, env=None):
        res = subprocess.run([ARGS.rrasctl, "list", "--server", url, "--format", "json", *args],
                             capture_output=True, text=True, env=env or os.environ, timeout=60)
        return res


@unittest.skipIf(ntlm_missing(), ntlm_missing() or "")
class NegotiateNtlmInterop(InteropBase):
    """rras-sim with its defaults (Negotiate, encryption required) and NTLM users; pywinrm's
    NTLM transport over plain http, which seals every message."""

    @classmethod
    def setUpClass(cls):
        os.environ["NO_PROXY"] = "127.0.0.1,localhost"
        cls.tmp = tempfile.TemporaryDirectory()
        cls.users = os.path.join(cls.tmp.name, "ntlm-users")
        with open(cls.users, "w") as f:
            f.write(f"CORP:carol:{NTLM_PASSWORD}\n")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.sim = SimProcess("--ntlm-users", self.users, basic=False)
        self.addCleanup(self.sim.close)

    def ntlm(self, password=NTLM_PASSWORD, **kwargs):
        return winrm.protocol.Protocol(self.sim.url, transport="ntlm", username=NTLM_USER, password=password,
                                       read_timeout_sec=30, operation_timeout_sec=20, **kwargs)

    def test_ntlm_sealed_list_and_disconnect(self):
        self.check_list_and_disconnect(self.ntlm, self.sim.url)

    def test_ntlm_wrong_password(self):
        xml, _ = envelope(self.sim.url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics")
        with self.assertRaises(InvalidCredentialsError):
            self.ntlm(password="wrong").send_message(xml)

    def test_unsealed_request_refused(self):
        # Authenticated, but the envelope in plain text: Windows answers 500 (AllowUnencrypted=false).
        xml, _ = envelope(self.sim.url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics")
        with self.assertRaises(WinRMTransportError) as ctx:
            self.ntlm(message_encryption="never").send_message(xml)
        self.assertIn("500", str(ctx.exception))

    def test_basic_refused(self):
        xml, _ = envelope(self.sim.url, "PS_RemoteAccessConnectionStatistics", "GetByActiveStatistics")
        proto = winrm.protocol.Protocol(self.sim.url, transport="plaintext", username="operator", password=PASSWORD)
        with self.assertRaises(InvalidCredentialsError):
            proto.send_message(xml)

    def test_rrasctl_sees_the_same_tunnels(self):
        theirs = self.list_with(self.ntlm(), self.sim.url)
        env = dict(os.environ, RRAS_PASSWORD=NTLM_PASSWORD)
        res = self.rrasctl(self.sim.url, "--auth", "ntlm", "--user", NTLM_USER, env=env)
        self.assertEqual(res.returncode, 0, res.stderr)
        ours = json.loads(res.stdout)
        self.assertEqual(sorted(r["ClientIPv4Address"] or "" for r in ours),
                         sorted(t.get("ClientIPv4Address") or "" for t in theirs))


@unittest.skipIf(kerberos_missing(), kerberos_missing() or "")
class KerberosInterop(InteropBase):
    """A realm on loopback; rras-sim with a keytab (Negotiate and Kerberos, as Windows);
    pywinrm's Kerberos transport (requests-kerberos, mutual authentication required, channel
    bindings once it has seen the certificate) over https."""

    @classmethod
    def setUpClass(cls):
        os.environ["NO_PROXY"] = "127.0.0.1,localhost"
        cls.realm = Realm()
        # pywinrm and GSSAPI in this process use the realm's configuration and alice's tickets.
        for key in ("KRB5_CONFIG", "KRB5CCNAME"):
            os.environ[key] = cls.realm.env[key]
        cls.certfile = os.path.join(cls.realm.tmp.name, "sim.pem")

    @classmethod
    def tearDownClass(cls):
        cls.realm.close()

    def setUp(self):
        self.sim = SimProcess("--tls", "--cert-out", self.certfile, "--keytab", self.realm.keytab, basic=False,
                              env=self.realm.env)
        self.addCleanup(self.sim.close)
        # The key is for HTTP/localhost, and the certificate names localhost.
        self.url = self.sim.url.replace("127.0.0.1", "localhost")

    def kerberos(self):
        return winrm.protocol.Protocol(self.url, transport="kerberos", username="alice@TEST.LOCAL",
                                       ca_trust_path=self.certfile, read_timeout_sec=30, operation_timeout_sec=20)

    def test_kerberos_https_list_and_disconnect(self):
        self.check_list_and_disconnect(self.kerberos, self.url)

    def test_rrasctl_kerberos_sealed_http_and_https(self):
        theirs = self.list_with(self.kerberos(), self.url)
        res = self.rrasctl(self.url, "--auth", "kerberos", "--ca", self.certfile, env=self.realm.env)
        self.assertEqual(res.returncode, 0, res.stderr)
        self.assertEqual(len(json.loads(res.stdout)), len(theirs))
        http = SimProcess("--keytab", self.realm.keytab, basic=False, env=self.realm.env)
        self.addCleanup(http.close)
        res = self.rrasctl(http.url.replace("127.0.0.1", "localhost"), "--auth", "kerberos", env=self.realm.env)
        self.assertEqual(res.returncode, 0, res.stderr)
        self.assertEqual(len(json.loads(res.stdout)), 40)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sim", required=True)
    parser.add_argument("--rrasctl", required=True)
    ARGS, rest = parser.parse_known_args()
    result = unittest.main(argv=[sys.argv[0], "-v"] + rest, exit=False).result
    print(f"{result.testsRun - len(result.failures) - len(result.errors)} passed, "
          f"{len(result.failures) + len(result.errors)} failed")
    sys.exit(0 if result.wasSuccessful() else 1)
