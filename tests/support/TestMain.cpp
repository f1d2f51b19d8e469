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
    TestApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    return Catch::Session().run(argc, argv);
}
