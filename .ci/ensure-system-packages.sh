#!/usr/bin/env bash
# Debian packages the tests need: fonts to render test prescriptions (sharp, for the OCR tests),
# and the shared libraries the Chromium of @sparticuz/chromium (the browser tests') links to.
set -euo pipefail
missing=()
# grep -q stops reading at the first match; fed from a pipe, pipefail would take the writer's
# SIGPIPE for a miss.
grep -qi "DejaVu Sans" < <(fc-list 2>/dev/null) || missing+=(fonts-dejavu-core fontconfig)
has_library() { grep -q "/$1\$" < <(/sbin/ldconfig -p); }
has_library libnss3.so || missing+=(libnss3)
has_library libexpat.so.1 || missing+=(libexpat1)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
