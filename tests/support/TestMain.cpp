// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QLocale>
#ifdef STOCKBOOK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#ifdef STOCKBOOK_TEST_GUI
    // CTest sets QT_QPA_PLATFORM=offscreen for the runs, but catch_discover_tests
    // also starts the program at build time to list its cases, with the build's
    // environment: without a display QApplication would abort and the cases
    // would silently vanish from CTest.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    return Catch::Session().run(argc, argv);
}
