// The tabbed detail pane: Overview, Purpose, Preparation, Procedure, Risks, Recovery,
// Alternatives, Codes (policies and similar codes), and Other (only when a procedure has unrecognised sections).
// A tab none of whose sections the procedure has is disabled, never shown blank.
#pragma once

#include "procedure.h"
#include "sectionkeys.h"

#include <QColor>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTabWidget;

namespace Careleaf {

class AccessibleTabWidget;
class SafeTextView;

class DetailPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);

    // whyNone: what the pane says when there is no procedure (a hint to search, by default).
    void setProcedure(const std::optional<Procedure> &procedure, const QString &whyNone = {});
    [[nodiscard]] const std::optional<Procedure> &procedure() const { return m_procedure; }

    // The languages (BCP 47) the shown procedure is in, and the one shown: a choice above the tabs
    // when there are two or more; choosing one emits languageChosen.
    void setLanguages(const QStringList &codes, const QString &current);

    // Text size as a percentage of the normal size; the style sheet scales with it.
    void setZoomPercent(int percent);
    [[nodiscard]] int zoomPercent() const { return m_zoom; }
    static constexpr int MinZoom = 50;
    static constexpr int MaxZoom = 300;

    // Words (as prefixes) to highlight in every tab: the words of the current search.
    void setHighlightTerms(const QStringList &terms);
    [[nodiscard]] int highlightCount(const QString &tabId) const;
    // Moves to the next (or previous) highlighted word in the open tab, wrapping around.
    // Returns false when the tab has none.
    bool findNext(bool backward = false);

    // Headings in the clinic's colour (adjusted to read on the palette); invalid: Careleaf's own.
    void setAccent(const QColor &accent);
    // Glossary words underlined in the open tab, with their meaning as a tooltip and, while the
    // caret is on one, under the text (the line named glossaryMeaning).
    [[nodiscard]] int glossaryWordCount(const QString &tabId) const;

    [[nodiscard]] QTabWidget *tabs() const;
    [[nodiscard]] SafeTextView *view(const QString &tabId) const;
    // Activates the n-th visible, enabled tab (0-based) and puts the keyboard in its text, as Alt+1..9 do.
    void activateTab(int n);

Q_SIGNALS:
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void underlineGlossaryWords(SafeTextView *view) const;
    // The meaning of the glossary word at the open tab's caret, or nothing.
    void showMeaning();
    void applyStyle(SafeTextView *view) const;
    void applyHighlights(SafeTextView *view) const;

    AccessibleTabWidget *m_tabs = nullptr;
    QWidget *m_languageRow = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_meaning = nullptr;
    QList<SectionKeys::Tab> m_tabDefs;
    QList<SafeTextView *> m_views;
    std::optional<Procedure> m_procedure;
    QString m_whyNone;
    int m_zoom = 100;
    QStringList m_highlightTerms;
    QColor m_accent;
};

} // namespace Careleaf
