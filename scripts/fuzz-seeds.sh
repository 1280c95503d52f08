#!/usr/bin/env bash
# Fills DIR/<target>/ with the seed inputs of every fuzz target (fuzz/fuzz_<target>.cpp): the
# replies under tests/data and ../shared/data/ws-man-replies, and a few inputs written here in the
# shape each target reads (fuzz/fuzzchecks.h). Copies, so that git keeps no second set.
#   scripts/fuzz-seeds.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: $0 DIR}"
shared=../shared/data/ws-man-replies
mkdir -p "$out"/{replyparser,wsmanfault,httpresponse,sealedmessage,hostaddress,reportwriters}

copy() { # copy TARGET FILES...: each file under its own name
    local target="$1"; shift
    for f in "$@"; do [ -f "$f" ] && cp -f "$f" "$out/$target/$(basename "$(dirname "$f")")_$(basename "$f")"; done
    return 0
}

# Whole replies: outputs, faults and the hostile ones.
copy replyparser tests/data/wsman/*.xml tests/data/rras/*.xml tests/data/sim/*.xml "$shared"/*.xml
copy wsmanfault tests/data/wsman/fault_*.xml "$shared"/*fault*.xml
# wsmanfault also splices its input into a fault's s:Detail: the details of the real faults.
python3 - "$out/wsmanfault" tests/data/wsman/fault_*.xml "$shared"/*fault*.xml <<'PY'
import os, re, sys
out = sys.argv[1]
for path in sys.argv[2:]:
    text = open(path, 'rb').read()
    m = re.search(rb'<(\w+:)?Detail[^>]*>(.*)</(\w+:)?Detail>', text, re.S)
    if m:
        open(os.path.join(out, 'detail_' + os.path.basename(path)), 'wb').write(m.group(2))
PY

# httpresponse: a flags byte (bit 0: HEAD; caps), piece sizes ending at a lone backslash, the reply.
http() { # http NAME FLAGS PIECES REPLY
    printf '%b' "$2$3\\\\|$4" > "$out/httpresponse/$1"
}
http length '\x00' '\x07\x40' 'HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml;charset=UTF-8\r\nContent-Length: 5\r\n\r\n<a/>\n'
http chunked '\x00' '\x03\x01\x09' 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\n<a/>\r\n1\r\n\n\r\n0\r\nTrailer: x\r\n\r\n'
http untilclose '\x00' '\x10' 'HTTP/1.0 500 Internal Server Error\r\nConnection: close\r\n\r\n<s:Envelope/>'
http continue '\x00' '\x02\x05' 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n'
http auth '\x00' '\x20' 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Negotiate\r\nWWW-Authenticate: Basic realm="WSMAN", Kerberos\r\nContent-Length: 0\r\n\r\n'
http head '\x01' '\x08' 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n'
http sealed '\x00' '\x30' 'HTTP/1.1 200 OK\r\nContent-Type: multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted";boundary="Encrypted Boundary"\r\nContent-Length: 204\r\n\r\n--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=4\r\n--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n\x02\x00\x00\x00SGdata--Encrypted Boundary--\r\n'

# sealedmessage: the framing of protocol.md §2.2 (the signature length is 4 bytes, little-endian).
sealed() { # sealed NAME LENGTH SIGNATURE_LENGTH_BYTES SIGNATURE PAYLOAD [CLOSING]
    printf '%b' "--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=$2\r\n--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n$3$4$5${6---Encrypted Boundary--\r\n}" > "$out/sealedmessage/$1"
}
sealed ntlm 1234 '\x10\x00\x00\x00' '\x01\x00\x00\x00ABCDEFGH\x00\x00\x00\x00' 'ciphertext bytes'
sealed kerberos 99 '\x3c\x00\x00\x00' "$(printf 'K%.0s' {1..60})" 'payload'
sealed noclosingcrlf 0 '\x00\x00\x00\x00' '' '' '--Encrypted Boundary--'

# hostaddress: what users paste and servers report.
i=0
for a in 10.0.0.1 192.168.1.0/24 0.0.0.0/0 255.255.255.255/32 10.1.2.3/8 2001:db8::1 2001:db8::/32 \
         ::/0 ::ffff:10.0.0.1 fe80::1%eth0 010.1.1.1 10.1 1.2.3.4/33 ' 172.16.0.5 ' '[::1]' \
         2001:0db8:0000:0000:0000:ff00:0042:8329 1:2:3:4:5:6:7:8/128 ::1.2.3.4 'a::b::c'; do
    printf '%s' "$a" > "$out/hostaddress/seed$((i++))"
done

# reportwriters: any bytes make a report; a few to start from.
cp -f tests/data/report/awkward.csv "$out/reportwriters/awkward_csv"
cp -f tests/data/report/awkward.json "$out/reportwriters/awkward_json"
printf '%b' '\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00alice\\|\x03\x00\x00\x00\x00\x00\x00\x00\x07=cmd|calc\\|WS01\\|"quoted, text"\r\nline\\|console\\|' > "$out/reportwriters/formula"
