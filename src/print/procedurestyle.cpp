// ProcedureHtml's style sheet, in a file of its own: the only part of it that needs Qt GUI
// (colours), so the console, which shows a procedure as plain text, links without Qt GUI
// (app/CMakeLists.txt).
#include "procedurehtml.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

QString ProcedureHtml::styleSheet(const Ink::Scheme &scheme, double scale, double smallest)
{
    static const QString plain = [] {
        QFile f(u":/styles/procedure.css"_s);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    QString css = plain;
    css.replace(u"@accent@"_s, scheme.accent.name())
        .replace(u"@secondary@"_s, scheme.secondary.name())
        .replace(u"@box@"_s, scheme.boxBackground.name())
        .replace(u"@rule@"_s, scheme.rule.name());
    if (qFuzzyCompare(scale, 1.0) && smallest <= 0)
        return css;
    static const QRegularExpression pt(uR"((\d+(?:\.\d+)?)pt)"_s);
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : pt.globalMatch(css)) {
        out += QStringView(css).mid(last, m.capturedStart() - last);
        out += QString::number(std::max(m.captured(1).toDouble() * scale, smallest), 'f', 1) + u"pt"_s;
        last = m.capturedEnd();
    }
    out += QStringView(css).mid(last);
    return out;
}

} // namespace Careleaf
