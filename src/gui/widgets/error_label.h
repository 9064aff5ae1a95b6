#pragma once

// The one look of a message under a form or a field: an error in red, a
// warning in amber, a confirmation in green, word-wrapped and selectable (so
// that a user can copy it into a report). Every page and dialog uses it
// instead of its own style sheet; Designer forms promote their QLabel to
// relief::gui::ErrorLabel (header gui/widgets/error_label.h).

#include <QColor>
#include <QLabel>
#include <QString>

namespace relief::gui {

class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Error, Warning, Success, Plain };

    explicit ErrorLabel(QWidget *parent = nullptr);
    ErrorLabel(const QString &objectName, QWidget *parent);

    // Shows `text` in `tone`; an empty text hides the label.
    void showMessage(const QString &text, Tone tone = Tone::Error);
    void clearMessage();
    Tone tone() const { return m_tone; }

    // The same look for a label that is not an ErrorLabel (a summary line that
    // is sometimes an error), and its colour for rich text or table items.
    static void applyTone(QLabel *label, Tone tone);
    static QColor color(Tone tone);
    static QString styleSheet(Tone tone);

private:
    Tone m_tone = Tone::Error;
};

} // namespace relief::gui
