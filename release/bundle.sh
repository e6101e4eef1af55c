#!/usr/bin/env bash
# Builds the Maven Central bundle locally and never uploads it.
#
# Usage: release/bundle.sh [VERSION]
#
# The Central publishing plugin zips a bundle only for release versions, so this script copies
# the committed tree to a temporary folder, sets VERSION there (default: the current version
# without -SNAPSHOT), and runs the release profile: sources and javadoc jars, GPG signatures,
# checksums and target/central-bundle.zip. The zip is copied to ./target/central-bundle.zip.
#
# Signing uses the caller's default GPG key. With LIM_RELEASE_TEMP_KEY=1, or when no secret key
# exists, a throwaway key is made in a temporary GNUPGHOME, which is fine for checking the
# bundle's shape but not for a real release.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

current=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -n 1)
version=${1:-${current%-SNAPSHOT}}

work=$(mktemp -d /tmp/lim-release.XXXXXX)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

git archive --format=tar HEAD | tar -x -C "$work"

if [ "${LIM_RELEASE_TEMP_KEY:-0}" = "1" ] || ! gpg --list-secret-keys 2>/dev/null | grep -q sec; then
    export GNUPGHOME="$work/gnupg"
    mkdir -m 700 "$GNUPGHOME"
    gpg --batch --passphrase '' --quick-gen-key "LIM local bundle check <bundle@lim.invalid>" rsa3072 sign 1d >/dev/null 2>&1
    echo "Signing with a throwaway key in $GNUPGHOME"
fi

cd "$work"
./mvnw -B -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules=true
./mvnw -B -q -f lim-bom/pom.xml versions:set -DnewVersion="$version" -DgenerateBackupPoms=false
./mvnw -B -Prelease -DskipTests deploy | grep -E "BUILD|bundle|ERROR" || true

bundle=$(find "$work" -path '*/target/central-publishing/central-bundle.zip' | head -n 1)
if [ -z "$bundle" ]; then
    echo "No central-bundle.zip was built; see the Maven output above" >&2
    exit 1
fi
mkdir -p "$top/target"
cp "$bundle" "$top/target/central-bundle.zip"
echo "Wrote target/central-bundle.zip ($(unzip -l "$top/target/central-bundle.zip" | tail -n 1 | awk '{print $2}') files) for version $version"
