// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace stockbook::ui {

// Printing and saving a recovery key, shared by the first-run wizard and the
// key rotation in the settings. Each opens its dialog window-modal over
// parent and returns at once; done receives the sentence to show the user
// (not called when the user cancels, nor once parent is gone). The dialogs
// are children of parent, so they close with it, e.g. when the window locks.
void printRecoveryKey(QWidget *parent, const QString &companyPath, const QString &key,
                      const std::function<void(const QString &)> &done);
// The file is written atomically and readable by its owner only.
void saveRecoveryKey(QWidget *parent, const QString &key, const std::function<void(const QString &)> &done);

} // namespace stockbook::ui
