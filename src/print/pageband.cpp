#include "pageband.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextItem>

namespace Careleaf {

PageBand::PageBand(QPainter *target, const QRectF &band)
    : m_target(target)
    , m_engine(target, band)
{}

PageBand::~PageBand() = default;

QPaintEngine *PageBand::paintEngine() const
{
    return &m_engine;
}

int PageBand::metric(PaintDeviceMetric metric) const
{
    // The target's own measures, so that fonts, images and rules come out as drawn there.
    const QPaintDevice *like = m_target->device();
    switch (metric) {
    case PdmWidth:
        return like->width();
    case PdmHeight:
        return like->height();
    case PdmWidthMM:
        return like->widthMM();
    case PdmHeightMM:
        return like->heightMM();
    case PdmNumColors:
        return like->colorCount();
    case PdmDepth:
        return like->depth();
    case PdmDpiX:
        return like->logicalDpiX();
    case PdmDpiY:
        return like->logicalDpiY();
    case PdmPhysicalDpiX:
        return like->physicalDpiX();
    case PdmPhysicalDpiY:
        return like->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(like->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(like->devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

PageBand::Engine::Engine(QPainter *target, const QRectF &band)
    : QPaintEngine(AllFeatures)
    , m_target(target)
    , m_band(band)
{}

bool PageBand::Engine::begin(QPaintDevice *)
{
    m_target->save();
    m_base = m_target->worldTransform();
    m_transform = QTransform();
    clipToBand();
    return true;
}

bool PageBand::Engine::end()
{
    m_target->restore();
    return true;
}

void PageBand::Engine::clipToBand()
{
    m_target->setWorldTransform(m_base);
    m_target->setClipRect(m_band, Qt::ReplaceClip);
    m_target->setWorldTransform(m_transform * m_base);
}

void PageBand::Engine::updateState(const QPaintEngineState &state)
{
    const DirtyFlags dirty = state.state();
    // The transformation first: a clip set with it is in its coordinates.
    if (dirty & DirtyTransform) {
        m_transform = state.transform();
        m_target->setWorldTransform(m_transform * m_base);
    }
    if (dirty & DirtyPen)
        m_target->setPen(state.pen());
    if (dirty & DirtyBrush)
        m_target->setBrush(state.brush());
    if (dirty & DirtyBrushOrigin)
        m_target->setBrushOrigin(state.brushOrigin());
    if (dirty & DirtyFont)
        m_target->setFont(state.font());
    if (dirty & DirtyBackground)
        m_target->setBackground(state.backgroundBrush());
    if (dirty & DirtyBackgroundMode)
        m_target->setBackgroundMode(state.backgroundMode());
    if (dirty & DirtyHints) {
        m_target->setRenderHints(m_target->renderHints(), false);
        m_target->setRenderHints(state.renderHints(), true);
    }
    if (dirty & DirtyCompositionMode)
        m_target->setCompositionMode(state.compositionMode());
    if (dirty & DirtyOpacity)
        m_target->setOpacity(state.opacity());
    // A clip of the drawing's own is always within the band.
    if (dirty & (DirtyClipRegion | DirtyClipPath)) {
        const Qt::ClipOperation op = state.clipOperation();
        if (op == Qt::NoClip || op == Qt::ReplaceClip)
            clipToBand();
        if (op != Qt::NoClip) {
            if (dirty & DirtyClipRegion)
                m_target->setClipRegion(state.clipRegion(), Qt::IntersectClip);
            else
                m_target->setClipPath(state.clipPath(), Qt::IntersectClip);
        }
    }
    if ((dirty & DirtyClipEnabled) && !state.isClipEnabled())
        clipToBand();
}

void PageBand::Engine::drawTextItem(const QPointF &p, const QTextItem &textItem)
{
    // A line belongs to the page its baseline is on: one that runs over the band's edge is the
    // next (or the last) page's, drawn there whole.
    const qreal baseline = m_transform.map(p).y();
    if (baseline <= m_band.top() || baseline > m_band.bottom())
        return;
    m_target->drawTextItem(p, textItem);
}

void PageBand::Engine::drawPath(const QPainterPath &path)
{
    m_target->drawPath(path);
}

void PageBand::Engine::drawRects(const QRectF *rects, int rectCount)
{
    m_target->drawRects(rects, rectCount);
}

void PageBand::Engine::drawLines(const QLineF *lines, int lineCount)
{
    m_target->drawLines(lines, lineCount);
}

void PageBand::Engine::drawEllipse(const QRectF &r)
{
    m_target->drawEllipse(r);
}

void PageBand::Engine::drawPoints(const QPointF *points, int pointCount)
{
    m_target->drawPoints(points, pointCount);
}

void PageBand::Engine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    switch (mode) {
    case OddEvenMode:
        m_target->drawPolygon(points, pointCount, Qt::OddEvenFill);
        break;
    case WindingMode:
        m_target->drawPolygon(points, pointCount, Qt::WindingFill);
        break;
    case ConvexMode:
        m_target->drawConvexPolygon(points, pointCount);
        break;
    case PolylineMode:
        m_target->drawPolyline(points, pointCount);
        break;
    }
}

void PageBand::Engine::drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr)
{
    m_target->drawPixmap(r, pm, sr);
}

void PageBand::Engine::drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags flags)
{
    m_target->drawImage(r, image, sr, flags);
}

void PageBand::Engine::drawTiledPixmap(const QRectF &r, const QPixmap &pixmap, const QPointF &s)
{
    m_target->drawTiledPixmap(r, pixmap, s);
}

} // namespace Careleaf
