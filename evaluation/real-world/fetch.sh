#!/usr/bin/env bash
# Assembles the real-world corpus listed in corpus.tsv into a cache outside the repository.
#   fetch.sh [--cache DIR] [--manifest FILE] [--project NAME]... [--pin]
# Downloads each pinned archive once (Maven Central -sources.jar, npm tarball, Debian package),
# verifies its sha256, unpacks the listed subtrees into CACHE/projects/NAME and writes
# CACHE/index.tsv for './review-panel evaluate --real-world'. Re-running skips what is cached.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${REVIEW_PANEL_CORPUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/review-panel/real-world}"
manifest="$here/corpus.tsv"
pin=false
projects=()

die() { echo "fetch.sh: $*" >&2; exit 1; }
note() { echo "fetch.sh: $*" >&2; }

usage() {
  sed -n '2,6s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
  exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --cache) [[ $# -ge 2 ]] || die "--cache needs a directory"; cache="$2"; shift 2 ;;
    --cache=*) cache="${1#*=}"; shift ;;
    --manifest) [[ $# -ge 2 ]] || die "--manifest needs a file"; manifest="$2"; shift 2 ;;
    --manifest=*) manifest="${1#*=}"; shift ;;
    --project) [[ $# -ge 2 ]] || die "--project needs a name"; projects+=("$2"); shift 2 ;;
    --project=*) projects+=("${1#*=}"); shift ;;
    --pin) pin=true; shift ;;
    -h|--help) usage 0 ;;
    *) echo "fetch.sh: unknown option '$1'" >&2; usage 2 ;;
  esac
done

[[ -f "$manifest" ]] || die "manifest not found: $manifest"
mkdir -p "$cache/downloads" "$cache/projects" "$cache/stamps" || die "cannot create the cache in $cache"
cache="$(cd "$cache" && pwd)"
work="$(mktemp -d "$cache/.work.XXXXXX")"
trap 'rm -rf "$work"' EXIT

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

selected() {
  [[ ${#projects[@]} -eq 0 ]] && return 0
  local p
  for p in "${projects[@]}"; do [[ "$p" == "$1" ]] && return 0; done
  return 1
}

# Downloads a URL to $2; any HTTP status but 200 is an error that names the URL.
download_url() {
  local url="$1" out="$2" status
  command -v curl >/dev/null 2>&1 || die "curl is needed to download $url"
  if ! status="$(curl -sS -L --retry 2 --connect-timeout 30 -o "$out" -w '%{http_code}' "$url" 2>"$work/curl.err")"; then
    die "download failed: $url ($(tr '\n' ' ' <"$work/curl.err"))"
  fi
  # file:// sources (a local mirror, the tests) have no HTTP status
  if [[ "$status" != 200 && ! ( "$url" == file://* && "$status" == 000 ) ]]; then
    rm -f "$out"
    die "download failed: $url answered HTTP $status (a version that is no longer served needs a new pin in $manifest)"
  fi
}

# Fetches a Debian package pinned as package=version with apt-get download. A pinned point release
# is often in the archive but not yet in package lists that were never refreshed (a fresh machine
# or container): when the download fails, the lists are refreshed once per run where this user may
# (root, or sudo without a password), and the download is tried again.
download_deb() {
  local spec="$1" out="$2" dir="$work/deb"
  command -v apt-get >/dev/null 2>&1 || die "apt-get is needed to download the Debian package $spec"
  rm -rf "$dir" && mkdir -p "$dir"
  if ! apt_download "$spec" "$dir"; then
    local refreshed
    refreshed="$(refresh_package_lists)"
    if [[ "$refreshed" != now ]] || ! apt_download "$spec" "$dir"; then
      cat "$work/apt.log" >&2
      case "$refreshed" in
        now|before) die "apt-get download $spec failed with fresh package lists: if Debian no longer serves this version, pin the one 'apt-cache policy ${spec%%=*}' shows in $manifest" ;;
        failed) die "apt-get download $spec failed, and so did 'apt-get update' (see above)" ;;
        *) die "apt-get download $spec failed: run 'sudo apt-get update' (this user may not), then fetch again; if Debian no longer serves this version, pin the one 'apt-cache policy ${spec%%=*}' shows in $manifest" ;;
      esac
    fi
  fi
  local debs=("$dir"/*.deb)
  [[ -f "${debs[0]}" ]] || die "apt-get download $spec produced no .deb file"
  mv "${debs[0]}" "$out"
}

apt_download() {
  (cd "$2" && apt-get download -q "$1" >"$work/apt.log" 2>&1)
}

# Runs apt-get update at most once per run; prints now, before (done already), failed, or
# not-allowed (neither root nor passwordless sudo).
refresh_package_lists() {
  local marker="$work/apt-updated" as=()
  if [[ -f "$marker" ]]; then echo before; return; fi
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then as=(sudo -n)
    else echo not-allowed; return
    fi
  fi
  : >"$marker"
  note "refreshing the package lists (${as[*]:+${as[*]} }apt-get update), then downloading again"
  if ${as[@]+"${as[@]}"} apt-get update -q >"$work/apt-update.log" 2>&1; then echo now
  else cat "$work/apt-update.log" >&2; echo failed
  fi
}

unpack() {
  local kind="$1" archive="$2" into="$3"
  mkdir -p "$into"
  case "$kind" in
    maven)
      if command -v unzip >/dev/null 2>&1; then unzip -q -o "$archive" -d "$into"
      else python3 -m zipfile -e "$archive" "$into"
      fi ;;
    npm) tar -xzf "$archive" -C "$into" ;;
    deb)
      if command -v dpkg-deb >/dev/null 2>&1; then dpkg-deb -x "$archive" "$into"
      else
        local member
        member="$(ar t "$archive" | grep '^data\.tar')" || die "no data archive inside $archive"
        ar p "$archive" "$member" | tar -xf - -C "$into"
      fi ;;
  esac
}

# Counts source lines per language: "java python javascript typescript files".
count_lines() {
  local dir="$1" java py js ts files
  java="$(find "$dir" -type f -name '*.java' -exec cat {} + 2>/dev/null | wc -l)"
  py="$(find "$dir" -type f -name '*.py' -exec cat {} + 2>/dev/null | wc -l)"
  js="$(find "$dir" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' \) -exec cat {} + 2>/dev/null | wc -l)"
  ts="$(find "$dir" -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.mts' -o -name '*.cts' \) -exec cat {} + 2>/dev/null | wc -l)"
  files="$(find "$dir" -type f | wc -l)"
  echo "$((java)) $((py)) $((js)) $((ts)) $((files))"
}

pins="$work/pins.tsv"
: >"$pins"
status_file="$work/status.tsv"
: >"$status_file"
failures=0

# One manifest row: download (unless a verified copy is cached), then unpack the included subtrees.
fetch_row() {
  local group="$1" kind="$2" name="$3" version="$4" source="$5" sha="$6" root="$7" include="$8"
  local ext
  case "$kind" in
    maven) ext=jar ;; npm) ext=tgz ;; deb) ext=deb ;;
    *) die "$name: unknown kind '$kind' (maven, npm or deb)" ;;
  esac
  [[ "$group" == clean || "$group" == vulnerable ]] || die "$name: unknown group '$group' (clean or vulnerable)"
  local archive="$cache/downloads/$name-$version.$ext"
  if [[ -f "$archive" && "$sha" != - && "$(sha256_of "$archive")" != "$sha" ]]; then
    note "$name: cached download does not match its sha256, downloading again"
    rm -f "$archive"
  fi
  if [[ ! -f "$archive" ]]; then
    note "$name $version: downloading"
    case "$kind" in
      deb) download_deb "$source" "$archive.part" ;;
      *) download_url "$source" "$archive.part" ;;
    esac
    mv "$archive.part" "$archive"
  fi
  local actual
  actual="$(sha256_of "$archive")"
  if [[ "$sha" == - ]]; then
    if [[ "$pin" == true ]]; then
      printf '%s\t%s\n' "$name" "$actual" >>"$pins"
      sha="$actual"
    else
      die "$name: no sha256 pinned in $manifest (the download has $actual; run fetch.sh --pin to record it)"
    fi
  elif [[ "$actual" != "$sha" ]]; then
    rm -f "$archive"
    die "$name: sha256 mismatch: expected $sha, got $actual (download removed)"
  fi

  local stamp="$cache/stamps/$name" dest="$cache/projects/$name" want
  want="$(printf '%s\t%s\t%s\t%s' "$version" "$sha" "$root" "$include")"
  if [[ -d "$dest" && -f "$stamp" && "$(head -n1 "$stamp")" == "$want" ]]; then
    printf '%s\t%s\t%s\t%s\tcached\t%s\n' "$group" "$name" "$version" "$kind" "$(tail -n1 "$stamp")" >>"$status_file"
    return 0
  fi
  local unpacked="$work/unpacked-$name" partial="$cache/projects/.$name.partial"
  rm -rf "$unpacked" "$partial"
  unpack "$kind" "$archive" "$unpacked"
  [[ -d "$unpacked/$root" ]] || die "$name: root '$root' is not in the archive"
  local paths=() path
  IFS=',' read -r -a paths <<<"$include"
  for path in "${paths[@]}"; do
    [[ -e "$unpacked/$root/$path" ]] || die "$name: included path '$path' is not under '$root' in the archive"
  done
  mkdir -p "$partial"
  (cd "$unpacked/$root" && tar -cf - "${paths[@]}") | (cd "$partial" && tar -xf -)
  rm -rf "$dest" "$unpacked"
  mv "$partial" "$dest"
  local counts
  counts="$(count_lines "$dest" | tr ' ' '\t')"
  printf '%s\n%s\n' "$want" "$counts" >"$stamp"
  printf '%s\t%s\t%s\t%s\tfetched\t%s\n' "$group" "$name" "$version" "$kind" "$counts" >>"$status_file"
}

rows="$work/rows.tsv"
grep -v '^#' "$manifest" | grep -v '^group	' | grep -v '^[[:space:]]*$' >"$rows" || true
[[ -s "$rows" ]] || die "no rows in $manifest"
declare -A seen=()
while IFS=$'\t' read -r group kind name version source sha root include extra; do
  [[ -n "$include" && -z "${extra:-}" ]] || die "$manifest: row '$name' needs 8 tab-separated columns"
  [[ -z "${seen[$name]:-}" ]] || die "$manifest: project '$name' is listed twice"
  seen[$name]=1
  selected "$name" || continue
  if ! (fetch_row "$group" "$kind" "$name" "$version" "$source" "$sha" "$root" "$include"); then
    failures=$((failures + 1))
  fi
done <"$rows"
for p in "${projects[@]}"; do
  [[ -n "${seen[$p]:-}" ]] || die "no project '$p' in $manifest"
done

if [[ -s "$pins" ]]; then
  awk -F'\t' -v OFS='\t' 'NR == FNR { pin[$1] = $2; next }
    !/^#/ && ($3 in pin) && $6 == "-" { $6 = pin[$3] } { print }' "$pins" "$manifest" >"$work/manifest.new"
  cat "$work/manifest.new" >"$manifest"
  note "pinned $(wc -l <"$pins") checksum(s) in $manifest"
fi

# The index lists every manifest project with its state; evaluate reads only this file.
index="$cache/index.tsv"
{
  printf '# manifest-sha256\t%s\n' "$(sha256_of "$manifest")"
  printf 'group\tname\tversion\tkind\tstate\tjava_lines\tpython_lines\tjavascript_lines\ttypescript_lines\tfiles\n'
  while IFS=$'\t' read -r group kind name version _ _ _ _; do
    stamp="$cache/stamps/$name"
    if [[ -d "$cache/projects/$name" && -f "$stamp" && "$(head -n1 "$stamp" | cut -f1)" == "$version" ]]; then
      printf '%s\t%s\t%s\t%s\tready\t%s\n' "$group" "$name" "$version" "$kind" "$(tail -n1 "$stamp")"
    else
      printf '%s\t%s\t%s\t%s\tmissing\t0\t0\t0\t0\t0\n' "$group" "$name" "$version" "$kind"
    fi
  done <"$rows"
} >"$work/index.tsv"
mv "$work/index.tsv" "$index"

awk -F'\t' '{ printf "%-10s %-20s %-14s %-8s java=%-7s python=%-7s js=%-7s ts=%-7s files=%s\n", $1, $2, $3, $5, $6, $7, $8, $9, $10
  j += $6; p += $7; s += $8; t += $9 }
  END { printf "total: %d lines (java %d, python %d, javascript %d, typescript %d)\n", j + p + s + t, j, p, s, t }' "$status_file"
echo "corpus: $cache/projects (index: $index)"
[[ "$failures" -eq 0 ]] || die "$failures project(s) could not be fetched (see the errors above)"
