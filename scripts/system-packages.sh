#!/usr/bin/env bash
# The Debian packages `make run` and `make test` need (CI gets them through `make test`).
#
#   scripts/system-packages.sh run    # serving the site: Apertium for nb<->nn machine translation
#   scripts/system-packages.sh test   # the test suite: also Chromium, its fonts and gettext
#
# Checks them with dpkg (quick when all are there). Missing ones are installed with apt-get when
# running as root; anyone else gets the exact command to run and what will not work without them.
set -euo pipefail

profile="${1:-test}"
python="${PYTHON:-python3.11}"

run_packages=(apertium apertium-nno-nob)
case "$profile" in
    run) packages=("${run_packages[@]}") ;;
    test) packages=("${run_packages[@]}" chromium fonts-dejavu-core gettext) ;;
    *)
        echo "usage: $0 run|test" >&2
        exit 2
        ;;
esac

# What stops working without each package.
consequence() {
    case "$1" in
        apertium | apertium-nno-nob)
            echo "machine translation nb<->nn (the editors' \"Oversett med Apertium\") fails, and so do its tests" ;;
        chromium) echo "the browser and accessibility (axe) tests cannot start a browser" ;;
        fonts-dejavu-core) echo "Chromium has no fonts, so the browser tests cannot measure text" ;;
        gettext) echo "makemessages/compilemessages cannot update the Nynorsk interface strings" ;;
        python3*-venv) echo "the project's virtualenv (.venv) cannot be created" ;;
    esac
}

if ! command -v dpkg >/dev/null 2>&1; then
    echo "Not a Debian system (no dpkg): install the equivalents of ${packages[*]} yourself." >&2
    exit 0
fi

# Debian's own Python needs its venv package before `make` can create .venv.
if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
    version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3.11)"
    packages+=("python${version}-venv")
fi

installed() {
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

missing=()
for package in "${packages[@]}"; do
    installed "$package" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "== Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
    for package in "${missing[@]}"; do
        if ! installed "$package"; then
            echo "apt-get did not install $package: $(consequence "$package")." >&2
            exit 1
        fi
    done
    exit 0
fi

{
    echo "Missing Debian packages: ${missing[*]}"
    echo "Without them:"
    for package in "${missing[@]}"; do
        echo "  - $package: $(consequence "$package")"
    done
    echo "Install them (as an administrator) with:"
    echo
    echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}"
    echo
    echo "then run make $profile again."
} >&2
exit 1
