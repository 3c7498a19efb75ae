#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace Careleaf {

// A paint device that draws through to another painter's page, leaving out text that lies wholly
// outside one band of it (a page's body).
//
// Why: QTextLayout::draw (Qt 6.4) draws, besides the lines inside its clip, the last line above
// it. When a paragraph runs on from one page to the next, the next page's clip hides that line
// on paper, but a PDF keeps the text of everything drawn: a screen reader, a copy and paste and
// pdftotext read the last line of every such page twice. A line whose baseline is outside the
// band (that one, or one the layout let run over the band's foot, which the next page shows
// whole) is dropped; every other drawing goes through as is.
class PageBand final : public QPaintDevice
{
public:
    // target: an active painter, whose page this draws on. band: the part of target's page whose
    // text is kept, in target's coordinates (its transformation when the drawing begins); drawings
    // are clipped to it as well.
    PageBand(QPainter *target, const QRectF &band);
    ~PageBand() override;

    [[nodiscard]] QPaintEngine *paintEngine() const override;

protected:
    [[nodiscard]] int metric(PaintDeviceMetric metric) const override;

private:
    class Engine final : public QPaintEngine
    {
    public:
        Engine(QPainter *target, const QRectF &band);
        bool begin(QPaintDevice *) override;
        bool end() override;
        void updateState(const QPaintEngineState &state) override;
        void drawTextItem(const QPointF &p, const QTextItem &textItem) override;
        void drawPath(const QPainterPath &path) override;
        void drawRects(const QRectF *rects, int rectCount) override;
        void drawLines(const QLineF *lines, int lineCount) override;
        void drawEllipse(const QRectF &r) override;
        void drawPoints(const QPointF *points, int pointCount) override;
        void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override;
        void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override;
        void drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags flags) override;
        void drawTiledPixmap(const QRectF &r, const QPixmap &pixmap, const QPointF &s) override;
        [[nodiscard]] Type type() const override { return User; }

    private:
        void clipToBand();

        QPainter *m_target;
        QRectF m_band;
        QTransform m_transform;
        QTransform m_base; // target's own when the drawing began: the band is in its coordinates
    };

    QPainter *m_target;
    mutable Engine m_engine;
};

} // namespace Careleaf
