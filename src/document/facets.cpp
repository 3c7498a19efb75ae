#include "facets.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Careleaf::Facets {

int settingsFromText(const QString &text)
{
    const QString t = text.toLower();
    int mask = 0;
    if (t.contains(u"hospital"_s))
        mask |= Hospital;
    if (t.contains(u"outpatient"_s) || t.contains(u"clinic"_s) || t.contains(u"surgical center"_s) ||
        t.contains(u"office"_s))
        mask |= OutpatientClinic;
    static const QRegularExpression home(uR"(\bhome\b|\bat home\b|patient's home)"_s);
    if (home.match(t).hasMatch())
        mask |= Home;
    if (t.contains(u"infusion center"_s) || t.contains(u"infusion centre"_s) || t.contains(u"infusion suite"_s))
        mask |= InfusionCenter;
    return mask;
}

int settings(const Procedure &p)
{
    const Section *s = p.section(u"setting"_s);
    return s ? settingsFromText(s->plainText()) : 0;
}

std::optional<int> maxDurationMinutesFromText(const QString &text)
{
    // "30 minutes", "1 hour", "1.5 hours", "24-48 hours"; in a range the unit follows the upper bound.
    static const QRegularExpression amount(
        uR"((\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*(minutes?|mins?|hours?|hrs?|days?)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    std::optional<double> best;
    for (const QRegularExpressionMatch &m : amount.globalMatch(text)) {
        double value = m.captured(2).isEmpty() ? m.captured(1).toDouble() : m.captured(2).toDouble();
        const QString unit = m.captured(3).toLower();
        if (unit.startsWith(u'h'))
            value *= 60;
        else if (unit.startsWith(u'd'))
            value *= 24 * 60;
        if (!best || value > *best)
            best = value;
    }
    if (!best)
        return std::nullopt;
    return int(std::ceil(*best));
}

std::optional<int> maxDurationMinutes(const Procedure &p)
{
    const Section *s = p.section(u"duration"_s);
    return s ? maxDurationMinutesFromText(s->plainText()) : std::nullopt;
}

} // namespace Careleaf::Facets
