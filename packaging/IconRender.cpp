// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// Build-time helper: renders the application's SVG icon into the PNG sizes of
// the hicolor icon theme, so the package needs no image tool besides Qt.
//
//   stockbook_icon_render ICON.svg OUTPUT_DIR NAME SIZE...
//
// writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png for each SIZE.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "stockbook_icon_render: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5)
        return fail(QStringLiteral("usage: stockbook_icon_render ICON.svg OUTPUT_DIR NAME SIZE..."));

    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read the SVG file %1").arg(arguments.at(1)));
    const QDir output(arguments.at(2));
    const QString name = arguments.at(3);

    for (const QString &argument : arguments.mid(4)) {
        bool ok = false;
        const int size = argument.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("not an icon size: %1").arg(argument));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter);
        }
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!output.mkpath(folder))
            return fail(QStringLiteral("cannot create %1").arg(output.filePath(folder)));
        const QString file = output.filePath(QStringLiteral("%1/%2.png").arg(folder, name));
        if (!image.save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}
