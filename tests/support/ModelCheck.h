// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// QAbstractItemModelTester in a Catch2 case, with its findings failing the case.
//
// The tester's default mode reports through QtTest's own result, which no
// Catch2 case reads, so a broken model would pass. Here it runs in Warning
// mode while a message handler records what it logs (category
// "qt.modeltest"); every other message goes on to the handler that was there
// before. REQUIRE_MODEL_SOUND(checker) fails the case with the findings.
//
//     test::ModelChecker checker(&model);
//     model.addLine(...);
//     REQUIRE_MODEL_SOUND(checker);

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>
#include <memory>

namespace stockbook::test {

class ModelChecker {
public:
    explicit ModelChecker(QAbstractItemModel *model)
    {
        checkers().append(this);
        if (checkers().size() == 1)
            previousHandler() = qInstallMessageHandler(&ModelChecker::handle);
        // The tester checks the whole model at once, then after every change
        // the model signals.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelChecker()
    {
        m_tester.reset();
        checkers().removeAll(this);
        if (checkers().isEmpty())
            qInstallMessageHandler(previousHandler());
    }
    ModelChecker(const ModelChecker &) = delete;
    ModelChecker &operator=(const ModelChecker &) = delete;

    // What the tester found wrong so far, one message each.
    const QStringList &problems() const { return m_problems; }

private:
    static QList<ModelChecker *> &checkers()
    {
        static QList<ModelChecker *> all;
        return all;
    }
    static QtMessageHandler &previousHandler()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && context.category
            && std::strcmp(context.category, "qt.modeltest") == 0 && !checkers().isEmpty()) {
            // The tester that logged it is not named; the newest checker takes it.
            checkers().last()->m_problems.append(message);
            return;
        }
        if (previousHandler())
            previousHandler()(type, context, message);
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_problems;
};

} // namespace stockbook::test

// Fails the case when the model checker found anything, listing it.
#define REQUIRE_MODEL_SOUND(checker)                                                                         \
    do {                                                                                                     \
        const QStringList &stockbook_problems_ = (checker).problems();                                       \
        INFO("QAbstractItemModelTester: " << stockbook_problems_.join(QStringLiteral("\n")).toStdString());  \
        REQUIRE(stockbook_problems_.isEmpty());                                                              \
    } while (false)
