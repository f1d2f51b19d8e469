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
};

} // namespace stockbook
