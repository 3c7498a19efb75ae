#include "detailpane.h"

#include "accessibility.h"
#include "glossary.h"
#include "ink.h"
#include "languages.h"
#include "pagedprint.h"
#include "procedurehtml.h"
#include "safetextview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// Marks the characters of a glossary word (its headword), for tests and tools.
constexpr int GlossaryTermProperty = QTextFormat::UserProperty + 1;
// And its meaning, as the line under the text says it ("Flushing: a warm, red ...").
constexpr int GlossaryMeaningProperty = QTextFormat::UserProperty + 2;

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_tabDefs(SectionKeys::detailTabs())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The language switch: hidden unless the procedure is in more than one language.
    m_languageRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_languageRow);
    row->setContentsMargins(6, 2, 6, 2);
    m_language = new AccessibleComboBox(m_languageRow);
    m_language->setObjectName(u"paneLanguage"_s);
    m_language->setAccessibleName(tr("Language of the procedure shown"));
    auto *label = new QLabel(tr("&Language:"), m_languageRow);
    label->setBuddy(m_language);
    row->addWidget(label);
    row->addWidget(m_language);
    row->addStretch(1);
    m_languageRow->hide();
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageChosen(m_language->itemData(index).toString()); });
    layout->addWidget(m_languageRow);
    // Made after the language above them, so that the keyboard goes as the eye does.
    m_tabs = new AccessibleTabWidget(this);
    layout->addWidget(m_tabs);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setTabsName(tr("Procedure sections"));
    m_tabs->setDocumentMode(true);
    // Every tab title whole, never "Pol…": the titles are short enough for a 1024-pixel screen at
    // the usual font sizes; with larger fonts on a small screen the tab bar scrolls rather than the
    // window growing past the screen.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);

    for (const SectionKeys::Tab &tab : std::as_const(m_tabDefs)) {
        auto *view = new SafeTextView(m_tabs);
        view->setObjectName(u"tab_"_s + tab.id);
        view->setAccessibleName(QString(tab.title).replace(u"&&"_s, u"&"_s));
        m_tabs->addTab(view, tab.title);
        m_views << view;
        connect(view, &QTextEdit::cursorPositionChanged, this, [this, view] {
            if (view == m_tabs->currentWidget())
                showMeaning();
        });
    }
    // A medical word's meaning, for the keyboard and a screen reader as for the mouse (whose
    // pointer shows it as a tooltip): said under the text while the caret is on the word.
    m_meaning = new QLabel(this);
    m_meaning->setObjectName(u"glossaryMeaning"_s);
    m_meaning->setAccessibleDescription(tr("The meaning of the medical word at the cursor"));
    m_meaning->setWordWrap(true);
    m_meaning->setTextFormat(Qt::PlainText);
    m_meaning->setContentsMargins(6, 4, 6, 4);
    m_meaning->hide();
    layout->addWidget(m_meaning);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailPane::showMeaning);
    for (int n = 0; n < 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + n)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, n] { activateTab(n); });
    }
    render();
}

QTabWidget *DetailPane::tabs() const
{
    return m_tabs;
}

SafeTextView *DetailPane::view(const QString &tabId) const
{
    for (qsizetype i = 0; i < m_tabDefs.size(); ++i) {
        if (m_tabDefs.at(i).id == tabId)
            return m_views.at(i);
    }
    return nullptr;
}

void DetailPane::activateTab(int n)
{
    int visible = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!m_tabs->isTabVisible(i))
            continue;
        if (visible++ == n) {
            if (m_tabs->isTabEnabled(i)) {
                // The keyboard goes into the section's text: arrows and Page Down scroll it, and a
                // screen reader reads it.
                m_tabs->setCurrentIndex(i);
                m_tabs->widget(i)->setFocus(Qt::ShortcutFocusReason);
            } else {
                // Why nothing opened, said (the key did nothing a screen reader could tell).
                const QString why = m_procedure && !m_tabs->tabToolTip(i).isEmpty() ? m_tabs->tabToolTip(i)
                                                                                    : tr("No procedure is chosen.");
                Accessibility::say(
                    this, tr("%1 cannot be opened: %2").arg(Accessibility::withoutMnemonic(m_tabs->tabText(i)), why),
                    true);
            }
            return;
        }
    }
}

void DetailPane::setProcedure(const std::optional<Procedure> &procedure, const QString &whyNone)
{
    m_procedure = procedure;
    m_whyNone = whyNone;
    render();
}

void DetailPane::setLanguages(const QStringList &codes, const QString &current)
{
    const QSignalBlocker quiet(m_language);
    m_language->clear();
    for (const QString &code : codes)
        m_language->addItem(Languages::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    m_languageRow->setVisible(codes.size() > 1);
}

void DetailPane::setZoomPercent(int percent)
{
    percent = std::clamp(percent, MinZoom, MaxZoom);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    render();
}

void DetailPane::setHighlightTerms(const QStringList &terms)
{
    if (terms == m_highlightTerms)
        return;
    m_highlightTerms = terms;
    for (SafeTextView *view : std::as_const(m_views))
        applyHighlights(view);
}

void DetailPane::applyHighlights(SafeTextView *view) const
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_highlightTerms.isEmpty() && !view->document()->isEmpty()) {
        QStringList escaped;
        for (const QString &t : m_highlightTerms)
            escaped << QRegularExpression::escape(t);
        // Whole words starting with a term, as the search matched them (prefixes).
        const QRegularExpression re(u"\\b(?:"_s + escaped.join(u'|') + u")\\w*"_s,
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        const Ink::Scheme scheme = Ink::screen(view->palette(), m_accent);
        QTextCharFormat format;
        format.setBackground(scheme.markBackground);
        format.setForeground(scheme.text);
        // Each paragraph's text is matched once: QTextDocument::find() copies the paragraph for
        // every match it finds, which made a long one's marks quadratic in its length.
        QTextDocument *doc = view->document();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            // The title is large enough to find; marking it too only shouts.
            if (block.blockFormat().headingLevel() == 1)
                continue;
            // As find() reads it: a no-break space is a space.
            const QString text = block.text().replace(QChar::Nbsp, u' ');
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedLength() == 0)
                    continue;
                QTextCursor cursor(doc);
                cursor.setPosition(block.position() + int(m.capturedStart()));
                cursor.setPosition(block.position() + int(m.capturedEnd()), QTextCursor::KeepAnchor);
                selections.append({cursor, format});
            }
        }
    }
    view->setExtraSelections(selections);
}

int DetailPane::highlightCount(const QString &tabId) const
{
    const SafeTextView *v = view(tabId);
    return v ? int(v->extraSelections().size()) : 0;
}

bool DetailPane::findNext(bool backward)
{
    auto *view = qobject_cast<SafeTextView *>(m_tabs->currentWidget());
    if (!view)
        return false;
    const QList<QTextEdit::ExtraSelection> selections = view->extraSelections();
    if (selections.isEmpty())
        return false;
    const int position = view->textCursor().position();
    const int anchor = view->textCursor().hasSelection() ? view->textCursor().selectionStart() : position;
    qsizetype target = -1;
    if (backward) {
        for (qsizetype i = selections.size() - 1; i >= 0; --i) {
            if (selections.at(i).cursor.selectionStart() < anchor) {
                target = i;
                break;
            }
        }
        if (target < 0)
            target = selections.size() - 1;
    } else {
        for (qsizetype i = 0; i < selections.size(); ++i) {
            if (selections.at(i).cursor.selectionStart() >= position) {
                target = i;
                break;
            }
        }
        if (target < 0)
            target = 0;
    }
    view->setTextCursor(selections.at(target).cursor);
    view->ensureCursorVisible();
    return true;
}

void DetailPane::applyStyle(SafeTextView *view) const
{
    // Set only when they change: a new default font lays out again what the view holds.
    QTextDocument *doc = view->document();
    QFont font = doc->defaultFont();
    font.setPointSizeF(QWidget::font().pointSizeF() * 1.15 * m_zoom / 100.0);
    if (font != doc->defaultFont())
        doc->setDefaultFont(font);
    // The palette's colours: a dark or high-contrast desktop theme stays readable.
    const QString css = ProcedureHtml::styleSheet(Ink::screen(view->palette(), m_accent), m_zoom / 100.0);
    if (css != doc->defaultStyleSheet())
        doc->setDefaultStyleSheet(css);
}

void DetailPane::setAccent(const QColor &accent)
{
    if (accent == m_accent)
        return;
    m_accent = accent;
    render();
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        render();
}

void DetailPane::underlineGlossaryWords(SafeTextView *view) const
{
    QTextDocument *doc = view->document();
    const Glossary &glossary = Glossary::standard();
    // One edit: the document is laid out again once, not after every word.
    QTextCursor c(doc);
    c.beginEditBlock();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            continue;
        for (const Glossary::Match &m : glossary.matches(block.text())) {
            const Glossary::Entry &entry = glossary.entries().at(m.entry);
            QTextCharFormat format;
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setToolTip(u"<p><b>"_s + entry.term.toHtmlEscaped() + u"</b>: "_s +
                              entry.definition.toHtmlEscaped() + u"</p>"_s);
            format.setProperty(GlossaryTermProperty, entry.term);
            format.setProperty(GlossaryMeaningProperty, tr("%1: %2").arg(entry.term, entry.definition));
            c.setPosition(block.position() + int(m.start));
            c.setPosition(block.position() + int(m.start + m.length), QTextCursor::KeepAnchor);
            c.mergeCharFormat(format);
        }
    }
    c.endEditBlock();
}

void DetailPane::showMeaning()
{
    auto *view = qobject_cast<SafeTextView *>(m_tabs->currentWidget());
    if (!view)
        return;
    // The word the caret is on (the character after it), or at the end of (the one before).
    QTextCursor after = view->textCursor();
    after.clearSelection();
    QString meaning;
    if (!after.atBlockEnd()) {
        after.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        meaning = after.charFormat().property(GlossaryMeaningProperty).toString();
    }
    if (meaning.isEmpty() && !view->textCursor().atBlockStart())
        meaning = view->textCursor().charFormat().property(GlossaryMeaningProperty).toString();
    if (meaning.isEmpty()) {
        m_meaning->hide();
        m_meaning->clear();
        return;
    }
    // Shown first (a screen reader may pass over a change to what is not showing); the text,
    // a line or two shorter now, keeps the caret's line in view.
    const bool shown = m_meaning->isVisible();
    m_meaning->show();
    if (meaning != m_meaning->text())
        Accessibility::announce(m_meaning, meaning);
    if (!shown) // once the view has its new height
        QTimer::singleShot(0, view, [view] { view->ensureCursorVisible(); });
}

int DetailPane::glossaryWordCount(const QString &tabId) const
{
    const SafeTextView *v = view(tabId);
    if (!v)
        return 0;
    int count = 0;
    for (QTextBlock block = v->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            count += it.fragment().charFormat().hasProperty(GlossaryTermProperty) ? 1 : 0;
    }
    return count;
}

void DetailPane::render()
{
    for (qsizetype i = 0; i < m_tabDefs.size(); ++i) {
        const SectionKeys::Tab &tab = m_tabDefs.at(i);
        SafeTextView *view = m_views.at(i);
        applyStyle(view);
        const int index = int(i);
        if (!m_procedure) {
            const bool overview = tab.id == u"overview"_s;
            m_tabs->setTabEnabled(index, overview);
            m_tabs->setTabVisible(index, tab.id != u"other"_s);
            const QString hint =
                m_whyNone.isEmpty()
                    ? tr("Type a code or a few words in the search field, then pick a procedure from the list.")
                    : m_whyNone;
            view->setHtml(overview ? u"<p class=\"none\">"_s + hint.toHtmlEscaped() + u"</p>"_s : QString());
            continue;
        }
        bool present = tab.id == u"overview"_s; // always has the title, code and descriptor
        for (const QString &key : tab.keys)
            present = present || m_procedure->hasSection(key);
        if (tab.id == u"other"_s)
            m_tabs->setTabVisible(index, present);
        m_tabs->setTabEnabled(index, present);
        m_tabs->setTabToolTip(index, present ? QString() : tr("The source document has no such section."));
        view->setHtml(present ? ProcedureHtml::tabHtml(*m_procedure, tab) : QString());
        PagedPrint::numberLists(*view->document());
        if (Glossary::explainsTextIn(m_procedure->language))
            underlineGlossaryWords(view);
        applyHighlights(view);
    }
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()) || !m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
    m_tabs->accessibleTabBar()->announceTabStates();
    showMeaning(); // the text under the caret is new
}

} // namespace Careleaf
