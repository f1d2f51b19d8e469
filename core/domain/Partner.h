// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>
#include <QtGlobal>

namespace stockbook {

enum class PartnerKind { Customer, Supplier };

struct PartnerInput {
    QString name;
    QString email; // optional; unique regardless of case
    QString phone;
    QString address;
    QString taxId;
    int paymentTermsDays = 14; // 0 to 365
    QString notes;
    bool active = true;
    // Changing a partner: its Partner::updatedAt as the editor read it; a
    // change made meanwhile elsewhere refuses this one (Conflict). Empty: not checked.
    QString expectedUpdatedAt;
};

struct Partner {
    qint64 id = 0;
    PartnerKind kind = PartnerKind::Customer;
    QString name;
    QString email;
    QString phone;
    QString address;
    QString taxId;
    int paymentTermsDays = 0;
    QString notes;
    bool active = true;
    QString updatedAt; // as stored: changes with every edit
};

} // namespace stockbook
