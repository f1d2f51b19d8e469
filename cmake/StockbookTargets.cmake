# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors

# Compile options shared by every Stockbook target.
function(stockbook_target_defaults target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
        -Woverloaded-virtual -Wcast-qual -Wformat=2)
    if(STOCKBOOK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

set(STOCKBOOK_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

# Test programs, their precompiled headers and the sanitized core: optimised
# lightly and with line tables only. Against -O2 -g this halves their compile
# time (a core test: 28 s of CPU at -O2 -g, 12 s at -O1 -g1), and the stack
# traces of a failure or a sanitizer report keep their file and line.
set(STOCKBOOK_TEST_CODEGEN_FLAGS -O1 -g1)
function(stockbook_test_codegen target)
    target_compile_options(${target} PRIVATE ${STOCKBOOK_TEST_CODEGEN_FLAGS})
endfunction()

function(stockbook_enable_sanitizers target)
    # GCC 12 reports false "may be used uninitialized" warnings in libstdc++'s
    # std::function and std::regex once ASan instruments them (GCC bug 105562).
    target_compile_options(${target} PRIVATE ${STOCKBOOK_SANITIZER_FLAGS} -Wno-maybe-uninitialized)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
endfunction()

# Precompiled headers: the Qt and standard headers nearly every file of a
# target includes are parsed once per target instead of once per file.
set(STOCKBOOK_PCH_CORE
    <QByteArray> <QDateTime> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QSqlDatabase>
    <QSqlError> <QSqlQuery> <QString> <QStringList> <QVariant>
    <functional> <memory> <optional> <utility> <vector>)
set(STOCKBOOK_PCH_WIDGETS ${STOCKBOOK_PCH_CORE} <QtWidgets/QtWidgets>)
