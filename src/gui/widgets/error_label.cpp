#include "error_label.h"

#include <QSizePolicy>

namespace relief::gui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    applyTone(this, m_tone);
}

ErrorLabel::ErrorLabel(const QString &objectName, QWidget *parent)
    : ErrorLabel(parent)
{
    setObjectName(objectName);
}

void ErrorLabel::showMessage(const QString &text, Tone tone)
{
    m_tone = tone;
    applyTone(this, tone);
    setText(text);
    setVisible(!text.isEmpty());
}

void ErrorLabel::clearMessage()
{
    clear();
    hide();
}

QColor ErrorLabel::color(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case Tone::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case Tone::Success:
        return QColor(0x1b, 0x6e, 0x2d);
    case Tone::Plain:
        break;
    }
    return {};
}

QString ErrorLabel::styleSheet(Tone tone)
{
    if (tone == Tone::Plain)
        return {};
    return QStringLiteral("color: %1;").arg(color(tone).name());
}

void ErrorLabel::applyTone(QLabel *label, Tone tone)
{
    if (!label)
        return;
    label->setStyleSheet(styleSheet(tone)); // the label keeps its own wrapping
}

} // namespace relief::gui
