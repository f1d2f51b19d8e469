// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// The test helpers that wait or check in the background fail a case when
// they should: REQUIRE_EVENTUALLY (Wait.h), test::DialogAnswer (UiDriver.h)
// and the model checker (ModelCheck.h).
#include "ModelCheck.h"
#include "UiDriver.h"
#include "Wait.h"

#include <catch2/catch.hpp>

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <iostream>

using namespace stockbook;

namespace {

// Announces one new row and adds two: a model bug QAbstractItemModelTester
// reports ("rowCount ... oldSize + (end - start + 1)").
class MiscountingModel : public QAbstractListModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return index.isValid() && role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
    void addRows(int announced, int added)
    {
        beginInsertRows({}, m_rows, m_rows + announced - 1);
        m_rows += added;
        endInsertRows();
    }

private:
    int m_rows = 0;
};

// Runs one case of this program in a process of its own and returns what it
// printed, each result on one line (the compact reporter does not wrap);
// `exitCode` is Catch2's, the number of failed assertions.
QString runCase(const QString &name, int &exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(),
                  {name, QStringLiteral("--reporter"), QStringLiteral("compact"),
                   QStringLiteral("--use-colour"), QStringLiteral("no")});
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

} // namespace

TEST_CASE("A condition that never becomes true fails the case when the wait times out", "[!shouldfail]")
{
    // Catch2 counts this case as passed only if it fails.
    const bool never = false;
    REQUIRE_EVENTUALLY_WITHIN(never, 100);
}

TEST_CASE("A condition a timer makes true later is awaited, and the wait ends when it is")
{
    bool ready = false;
    QTimer::singleShot(50, [&ready] { ready = true; });
    CHECK_FALSE(ready); // not before the event loop has run the timer
    QElapsedTimer clock;
    clock.start();
    REQUIRE_EVENTUALLY_WITHIN(ready, 10000);
    CHECK(ready);
    // It returned once the timer had fired, not at the end of the 10 s.
    CHECK(clock.elapsed() < 5000);

    // waitFor gives the answer without failing the case.
    CHECK_FALSE(test::waitFor([] { return false; }, 20));
    CHECK(test::waitFor([&ready] { return ready; }, 20));
}

// Run by the next case in a process of its own (hidden from CTest by "[.]").
TEST_CASE("wait fixture: statements after a wait that timed out", "[.]")
{
    std::cout << "before the wait" << std::endl;
    bool ready = false;
    REQUIRE_EVENTUALLY_WITHIN(ready, 100);
    std::cout << "after the wait" << std::endl;
}

TEST_CASE("The statements after a wait that timed out do not run, and the failure says what and where")
{
    int exitCode = 0;
    const QString output = runCase(QStringLiteral("wait fixture: statements after a wait that timed out"),
                                   exitCode);
    INFO(output.toStdString());
    CHECK(exitCode == 1); // one failed assertion
    CHECK(output.contains(QStringLiteral("before the wait")));
    CHECK_FALSE(output.contains(QStringLiteral("after the wait")));
    CHECK(output.contains(QStringLiteral("timed out after 100 ms waiting for: ready")));
    CHECK(output.contains(QRegularExpression(QStringLiteral("\\(at [^ ]*test_wait\\.cpp:[0-9]+\\)"))));
}

TEST_CASE("A dialog is answered while the code that opened it waits in it")
{
    QString asked;
    test::DialogAnswer<QInputDialog> answer("", [&asked](QInputDialog &dialog) {
        asked = dialog.labelText();
        dialog.setTextValue(QStringLiteral("customer cancelled"));
        dialog.accept();
    });
    CHECK_FALSE(answer.found());
    bool ok = false;
    const QString reason = QInputDialog::getText(nullptr, QStringLiteral("Void"), QStringLiteral("Why?"),
                                                 QLineEdit::Normal, QString(), &ok);
    CHECK(answer.answered());
    CHECK(asked == QStringLiteral("Why?"));
    CHECK(ok);
    CHECK(reason == QStringLiteral("customer cancelled"));
}

// Run by the next case in a process of its own (hidden from CTest by "[.]").
TEST_CASE("wait fixture: a failed REQUIRE in a dialog's answer", "[.]")
{
    test::DialogAnswer<QInputDialog> answer("", [](QInputDialog &dialog) {
        REQUIRE(dialog.labelText() == QStringLiteral("something else"));
        dialog.accept();
    });
    bool ok = true;
    QInputDialog::getText(nullptr, QStringLiteral("Void"), QStringLiteral("Why?"), QLineEdit::Normal,
                          QString(), &ok);
    std::cout << "getText returned, " << (ok ? "accepted" : "rejected") << ", found " << answer.found()
              << ", answered " << answer.answered() << std::endl;
}

TEST_CASE("A failed REQUIRE in a dialog's answer fails the case and closes the dialog")
{
    int exitCode = 0;
    const QString output = runCase(QStringLiteral("wait fixture: a failed REQUIRE in a dialog's answer"),
                                   exitCode);
    INFO(output.toStdString());
    CHECK(exitCode == 1); // the REQUIRE in the answer
    CHECK(output.contains(QStringLiteral("something else")));
    // Not thrown through Qt's event loop: the dialog was rejected and the
    // code that waited in it went on.
    CHECK(output.contains(QStringLiteral("getText returned, rejected, found 1, answered 0")));
}

TEST_CASE("The model checker finds a model that announces fewer rows than it adds")
{
    MiscountingModel model;
    test::ModelChecker checker(&model);
    model.addRows(1, 1);
    CHECK(checker.problems().isEmpty());
    model.addRows(1, 2);
    INFO(checker.problems().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(checker.problems().isEmpty());
}

TEST_CASE("REQUIRE_MODEL_SOUND fails the case for a model that breaks the rules", "[!shouldfail]")
{
    MiscountingModel model;
    test::ModelChecker checker(&model);
    model.addRows(1, 2);
    REQUIRE_MODEL_SOUND(checker);
}
