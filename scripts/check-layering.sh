#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# check-layering.sh SOURCE_DIR [QT_MODULE_INCLUDE_DIR...]
#
# The layering rules of the source tree, checked on the text of the sources
# (so they hold even if a header's #error guard is taken out):
#
# 1. ui/, app/ and print/ include no header private to core: the stores (SQL
#    for one table family, no permission checks) and the services' internal
#    helpers. Screens and the command line reach core through services and
#    models only. The private headers are the ones listed below, every
#    core/services/*/*Store.h and *Ledger.h, and any core header guarded by
#    STOCKBOOK_CORE_PRIVATE.
# 2. core/ includes nothing from QtGui, QtWidgets or the other GUI modules
#    (QtPrintSupport, QtCharts): core links Qt6::Core and Qt6::Sql only. Each
#    QT_MODULE_INCLUDE_DIR (e.g. /usr/include/x86_64-linux-gnu/qt6/QtGui)
#    adds that module's class headers (<QImage>, <QWidget>...) to the
#    forbidden includes; <QtGui/...>-style includes are refused regardless.
#
# Exit 0 when the tree keeps the rules; 1 with one line per offending include
# (file:line: what is wrong and what to do) when it does not; 2 on bad usage.

set -u

if [[ $# -lt 1 || ! -d "$1/core" ]]; then
    echo "usage: check-layering.sh SOURCE_DIR [QT_MODULE_INCLUDE_DIR...]" >&2
    echo "SOURCE_DIR is the top of the Stockbook sources (it holds core/, ui/ and app/)." >&2
    exit 2
fi
src="$1"
shift

failures=0
report() {
    echo "$*"
    failures=$((failures + 1))
}

# --- 1. No private core header in ui/, app/ or print/ -----------------------

private_headers=(
    services/ServiceSupport.h
    services/accounts/AccountStore.h
    services/accounts/AuditLog.h
    services/invoices/InvoiceStore.h
    services/maintenance/MaintenanceSupport.h
    services/reports/ReportSupport.h
    services/stock/StockLedger.h
)
while IFS= read -r header; do
    private_headers+=("${header#"$src/core/"}")
done < <(
    find "$src/core/services" -name '*Store.h' -o -name '*Ledger.h'
    grep -rl --include='*.h' 'STOCKBOOK_CORE_PRIVATE' "$src/core"
)
mapfile -t private_headers < <(printf '%s\n' "${private_headers[@]}" | sort -u)

for dir in ui app print; do
    [[ -d "$src/$dir" ]] || continue
    for header in "${private_headers[@]}"; do
        name="$(basename "$header" .h)"
        # Quoted includes of the header by its path under core/ or by its bare name.
        while IFS= read -r hit; do
            [[ -n "$hit" ]] || continue
            report "${hit%%:#*}: includes ${header}, which is private to core (no permission checks): call a" \
"service instead (core/services/<area>/*Service.h), adding there the method the screen or command needs."
        done < <(grep -rnE --include='*.cpp' --include='*.h' \
            "^[[:space:]]*#[[:space:]]*include[[:space:]]*\"(${header//./\\.}|${name}\\.h)\"" "$src/$dir" \
            | sed -E 's/^([^:]+:[0-9]+):.*/\1:#/')
    done
done

# --- 2. No GUI module in core/ ----------------------------------------------

gui_modules='QtGui|QtWidgets|QtPrintSupport|QtCharts|QtSvg|QtOpenGL|QtOpenGLWidgets|QtSvgWidgets'
while IFS= read -r hit; do
    [[ -n "$hit" ]] || continue
    report "${hit}: core includes a GUI module; core links Qt6::Core and Qt6::Sql only. Move the code to" \
"print/ (QtGui) or ui/ (widgets), or use the QtCore type instead."
done < <(grep -rnE --include='*.cpp' --include='*.h' \
    "^[[:space:]]*#[[:space:]]*include[[:space:]]*<(${gui_modules})(/[^>]*)?>" "$src/core" \
    | sed -E 's/^([^:]+:[0-9]+):.*/\1/')

# The class headers of the GUI modules given (<QImage>, <QWidget>, ...).
declare -A gui_class=()
for moduledir in "$@"; do
    [[ -d "$moduledir" ]] || continue
    module="$(basename "$moduledir")"
    for path in "$moduledir"/Q*; do
        base="$(basename "$path")"
        [[ "$base" == *.* ]] && continue
        gui_class["$base"]="$module"
    done
done
if [[ ${#gui_class[@]} -gt 0 ]]; then
    while IFS=: read -r file line include; do
        [[ -n "$file" ]] || continue
        if [[ -n "${gui_class[$include]+set}" ]]; then
            report "${file}:${line}: core includes <${include}> from ${gui_class[$include]}; core links Qt6::Core" \
"and Qt6::Sql only. Move the code to print/ (QtGui) or ui/ (widgets), or use the QtCore type instead."
        fi
    done < <(grep -rnoE --include='*.cpp' --include='*.h' \
        "^[[:space:]]*#[[:space:]]*include[[:space:]]*<Q[A-Za-z0-9_]*>" "$src/core" \
        | sed -E 's/^([^:]+):([0-9]+):.*<(Q[A-Za-z0-9_]*)>.*/\1:\2:\3/')
fi

if [[ $failures -gt 0 ]]; then
    echo "layering: ${failures} include(s) break the layers (app -> ui -> core; stores private to core)."
    exit 1
fi
echo "layering: ok (${#private_headers[@]} private core headers kept out of ui/, app/ and print/;" \
    "${#gui_class[@]} GUI class headers and the GUI modules kept out of core/)"
exit 0
