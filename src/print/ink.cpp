#include "ink.h"

#include <cmath>

namespace Careleaf::Ink {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

bool isDark(const QColor &c)
{
    return luminance(c) < 0.2;
}

} // namespace

QColor defaultAccent()
{
    return QColor(0x1f, 0x4e, 0x3d);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &wanted, const QColor &background, const QColor &towards, double minimum)
{
    QColor c = wanted.isValid() ? wanted : towards;
    for (int step = 1; step <= 20 && contrast(c, background) < minimum; ++step)
        c = mix(wanted, towards, step / 20.0);
    return c;
}

Scheme paper(const QColor &accent)
{
    Scheme s;
    s.text = Qt::black;
    s.background = Qt::white;
    s.accent = readable(accent.isValid() ? accent : defaultAccent(), s.background, s.text, 4.5);
    s.secondary = QColor(0x44, 0x44, 0x44);
    s.boxBackground = mix(s.accent, s.background, 0.93);
    s.rule = QColor(0x66, 0x66, 0x66);
    s.markBackground = QColor(0xff, 0xe8, 0x80);
    return s;
}

Scheme screen(const QPalette &palette, const QColor &accent)
{
    Scheme s;
    s.text = palette.color(QPalette::Active, QPalette::Text);
    s.background = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = isDark(s.background);
    QColor wanted = accent.isValid() ? accent : defaultAccent();
    // A dark accent on a dark background: its light counterpart, then as far towards the text as needed.
    if (dark && contrast(wanted, s.background) < 3.0)
        wanted = QColor::fromHslF(wanted.hslHueF(), wanted.hslSaturationF(), 0.72f);
    s.accent = readable(wanted, s.background, s.text, 4.5);
    s.secondary = readable(mix(s.text, s.background, 0.35), s.background, s.text, 4.5);
    s.boxBackground = mix(s.accent, s.background, dark ? 0.85 : 0.92);
    s.rule = readable(mix(s.text, s.background, 0.6), s.background, s.text, 3.0);
    // A soft mark the text stays readable on: pale yellow on light themes, dark amber on dark ones.
    s.markBackground = dark ? QColor(0x5c, 0x4a, 0x00) : QColor(0xff, 0xf1, 0xa8);
    if (contrast(s.text, s.markBackground) < 4.5)
        s.markBackground = mix(s.markBackground, s.background, 0.5);
    return s;
}

QPalette paperPalette()
{
    QPalette p(Qt::black, Qt::white);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Text, Qt::black);
        p.setColor(group, QPalette::WindowText, Qt::black);
        p.setColor(group, QPalette::Base, Qt::white);
        p.setColor(group, QPalette::Window, Qt::white);
        p.setColor(group, QPalette::Link, Qt::black);
        p.setColor(group, QPalette::Highlight, QColor(0xff, 0xe8, 0x80));
        p.setColor(group, QPalette::HighlightedText, Qt::black);
    }
    return p;
}

} // namespace Careleaf::Ink
