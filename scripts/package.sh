#!/usr/bin/env bash
# Builds the release and packages it for site owners, under target/release-package/:
#   peer-assessment-<version>/       the static site (everything in dist/), with README.md for site
#                                    owners (the release-readme part of docs/site-owners.md) and
#                                    hosting rules: .htaccess, nginx.conf, _headers
#   peer-assessment-<version>.zip    that folder, zipped
#   peer-assessment.zip              the WordPress plugin (wordpress/peer-assessment/ with the
#                                    release in assets/widget/)
#   SHA256SUMS                       of both zips
# The version is Cargo.toml's. PACKAGE_SKIP_BUILD=1 packages the dist/ already there instead of
# building it (the tests use this after their own build).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

VERSION=$(awk -F'"' '/^\[package\]/ { p = 1 } p && /^version *=/ { print $2; exit }' Cargo.toml)
[ -n "$VERSION" ] || { echo "no version in Cargo.toml" >&2; exit 1; }
CSP="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

if [ "${PACKAGE_SKIP_BUILD:-}" != 1 ]; then
  scripts/build.sh
fi
for needed in index.html embed.js sw.js; do
  [ -f "dist/$needed" ] || { echo "dist/$needed is missing: build first (scripts/build.sh)" >&2; exit 1; }
done

OUT="$ROOT/target/release-package"
NAME="peer-assessment-$VERSION"
SITE="$OUT/$NAME"
rm -rf "$OUT"
mkdir -p "$SITE"

# Replaces @VERSION@ and @CSP@ in a template.
fill() { VERSION="$VERSION" CSP="$CSP" perl -pe 's/\@VERSION\@/$ENV{VERSION}/g; s/\@CSP\@/$ENV{CSP}/g' "$1"; }

# The site owners' README: the part of docs/site-owners.md between its release-readme markers,
# under a title with the version. It must give the same policy as the hosting rules.
release_readme() {
  local part
  part=$(awk '/<!-- release-readme:end -->/ { exit } p { print } /<!-- release-readme:start -->/ { p = 1 }' docs/site-owners.md)
  [ -n "$part" ] || { echo "docs/site-owners.md has no <!-- release-readme:start --> … <!-- release-readme:end --> part" >&2; return 1; }
  grep -qF "Content-Security-Policy: $CSP" <<<"$part" ||
    { echo "docs/site-owners.md's release part does not give the policy of scripts/package.sh: $CSP" >&2; return 1; }
  printf '# Peer Worker Competency Self-Assessment %s — for site owners\n\n%s\n' "$VERSION" "$part"
}

# 1. The static site: every file the build wrote, and the site owners' files.
find dist -mindepth 1 -maxdepth 1 ! -name ".*" -exec cp -R {} "$SITE/" \;  # not trunk's staging folder
release_readme > "$SITE/README.md"
fill release/htaccess > "$SITE/.htaccess"
fill release/nginx.conf > "$SITE/nginx.conf"
{
  echo "# Peer Worker Competency Self-Assessment $VERSION: headers for static hosts (Netlify, Cloudflare"
  echo "# Pages), with this folder as the site's root. Written for the files of this release."
  echo "/*"
  echo "  Content-Security-Policy: $CSP"
  echo "  Referrer-Policy: no-referrer"
  echo "  X-Content-Type-Options: nosniff"
  for file in index.html sw.js embed.js frame-parent.js manifest.webmanifest embed-example.html; do
    [ -f "$SITE/$file" ] || continue
    echo "/$file"
    echo "  Cache-Control: no-cache"
  done
  echo "/"
  echo "  Cache-Control: no-cache"
  echo "/manifest.webmanifest"
  echo "  Content-Type: application/manifest+json"
  (cd "$SITE" && find . -type f -regextype posix-extended -regex '.*-[0-9a-f]{8,16}(_bg)?\.[a-z]+' | sort) |
    while read -r file; do
      echo "/${file#./}"
      echo "  Cache-Control: public, max-age=31536000, immutable"
      case "$file" in *.wasm) echo "  Content-Type: application/wasm" ;; esac
    done
} > "$SITE/_headers"

# Zips a folder's contents with the folder itself at the top of the archive (dot files included).
zip_folder() { # parent name archive
  (cd "$1" && rm -f "$3" && if command -v zip >/dev/null; then zip -qrX "$3" "$2"; else
    python3 -c 'import sys, zipfile, pathlib
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for p in sorted(pathlib.Path(sys.argv[2]).rglob("*")): z.write(p)' "$3" "$2"; fi)
}
zip_folder "$OUT" "$NAME" "$OUT/$NAME.zip"

# 2. The WordPress plugin, with the release in assets/widget/.
STAGING="$ROOT/target/package-staging"
rm -rf "$STAGING"
PLUGIN="$STAGING/peer-assessment"
mkdir -p "$PLUGIN"
cp -R wordpress/peer-assessment/. "$PLUGIN/"
perl -pi -e "s/\\@VERSION\\@/$VERSION/g" "$PLUGIN/peer-assessment.php" "$PLUGIN/readme.txt"
mkdir -p "$PLUGIN/assets/widget"
cp -R "$SITE/." "$PLUGIN/assets/widget/"
rm -f "$PLUGIN/assets/widget/_headers"
zip_folder "$STAGING" peer-assessment "$OUT/peer-assessment.zip"
rm -rf "$STAGING"

(cd "$OUT" && sha256sum "$NAME.zip" peer-assessment.zip > SHA256SUMS)
echo "packaged $VERSION in ${OUT#$ROOT/}:"
(cd "$OUT" && ls -l "$NAME.zip" peer-assessment.zip SHA256SUMS | awk '{ print "  " $5 " bytes  " $NF }')
