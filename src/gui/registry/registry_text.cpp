#include "registry_text.h"

#include <QComboBox>
#include <QCoreApplication>

namespace relief::gui {

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("relief::gui::RegistryText", text);
}

template<class E> void fill(QComboBox *combo, int count, QString (*name)(E))
{
    for (int i = 0; i < count; ++i)
        combo->addItem(name(static_cast<E>(i)), i);
}
} // namespace

QString areaName(Area a)
{
    return a == Area::Rural ? t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Rural"))
                            : t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Urban"));
}

QString relationName(Relation r)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Head"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Spouse"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Child"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Parent"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Grandchild"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Grandparent"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Sibling"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Other"),
    };
    return t(names[static_cast<int>(r)]);
}

QString sexName(Sex s)
{
    return s == Sex::Male ? t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Male"))
                          : t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Female"));
}

QString disabilityKindName(DisabilityKind k)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Physical"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Intellectual"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Mental"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Visual"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Hearing"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Speech"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Multiple"),
    };
    return t(names[static_cast<int>(k)]);
}

QString incomeKindName(IncomeKind k)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Wages"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Business income"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Property income"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Pension"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Support from relatives"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Other income"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Basic pension"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Veteran benefits"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Family-planning awards"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Awards"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Assistance"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Disability subsidy"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Elderly allowance"),
    };
    return t(names[static_cast<int>(k)]);
}

QString childStatusName(ChildStatus s)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Orphan in an institution"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Orphan at home"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Child without support"),
    };
    return t(names[static_cast<int>(s)]);
}

QString notCountedReasonName(NotCountedReason r)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Clergy"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "In prison"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "In compulsory rehabilitation"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Missing"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Other reason"),
    };
    return t(names[static_cast<int>(r)]);
}

QString leaveReasonName(LeaveReason r)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Moved out"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Died"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Other reason"),
    };
    return t(names[static_cast<int>(r)]);
}

QString obligorStatusName(ObligorStatus s)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Normal"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Unable to work"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Missing"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "In prison"),
    };
    return t(names[static_cast<int>(s)]);
}

QString institutionKindName(InstitutionKind k)
{
    return k == InstitutionKind::WelfareInstitution
        ? t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Welfare institution"))
        : t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Care home"));
}

QString programmeName(CaseProgramme p)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Minimum living allowance"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Single-person allowance"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Extreme-poverty support"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Child allowance"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Disability living subsidy"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Disability care subsidy"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Marginal household"),
    };
    return t(names[static_cast<int>(p)]);
}

QString decisionKindName(DecisionKind k)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Grant"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Increase"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Decrease"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Maintain"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Standard change"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Gradual exit"),
        QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Stop"),
    };
    const auto i = static_cast<size_t>(k);
    return i < std::size(names) ? t(names[i]) : QString();
}

QString householdStatusName(const std::string &status)
{
    if (status == "in_care")
        return t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "In care"));
    if (status == "stopped")
        return t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Stopped"));
    return t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "No case"));
}

QString disabilityText(const std::optional<Disability> &d)
{
    if (!d)
        return {};
    return t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "%1, grade %2"))
        .arg(disabilityKindName(d->kind))
        .arg(d->grade);
}

void fillRelations(QComboBox *combo)
{
    fill<Relation>(combo, 8, relationName);
}
void fillDisabilityKinds(QComboBox *combo)
{
    fill<DisabilityKind>(combo, 7, disabilityKindName);
}
void fillIncomeKinds(QComboBox *combo)
{
    fill<IncomeKind>(combo, 13, incomeKindName);
}
void fillChildStatuses(QComboBox *combo)
{
    fill<ChildStatus>(combo, 3, childStatusName);
}
void fillNotCountedReasons(QComboBox *combo)
{
    fill<NotCountedReason>(combo, 5, notCountedReasonName);
}
void fillProgrammes(QComboBox *combo)
{
    fill<CaseProgramme>(combo, 7, programmeName);
}
void fillObligorStatuses(QComboBox *combo)
{
    fill<ObligorStatus>(combo, 4, obligorStatusName);
}

std::optional<Money> parseYuan(const QString &text)
{
    QString s;
    for (QChar c : text.trimmed()) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == u'\uFF0E' || c == u'\u3002') // full-width point, 。
            c = u'.';
        else if (c == u'\uFF0D' || c == u'\u2212') // full-width and typographic minus
            c = u'-';
        if (c == u',' || c == u'\uFF0C' || c.isSpace())
            continue; // thousands separators
        s += c;
    }
    if (s.startsWith(u'\u00A5') || s.startsWith(u'\uFFE5')) // ¥ ￥
        s.remove(0, 1);
    const bool negative = s.startsWith(u'-');
    if (negative)
        s.remove(0, 1);
    const qsizetype point = s.indexOf(u'.');
    QString whole = point < 0 ? s : s.left(point);
    QString fraction = point < 0 ? QString() : s.mid(point + 1);
    if (whole.isEmpty() && !fraction.isEmpty())
        whole = QStringLiteral("0");
    if (whole.isEmpty() || fraction.size() > 2)
        return std::nullopt;
    for (QChar c : whole + fraction)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    while (fraction.size() < 2)
        fraction += u'0';
    // Money::parse reads the digits exactly and refuses amounts beyond its range.
    const QString exact = (negative ? QStringLiteral("-") : QString()) + whole + u'.' + fraction;
    return Money::parse(exact.toStdString());
}

QString yuanFormatMessage()
{
    return t(QT_TRANSLATE_NOOP("relief::gui::RegistryText",
                               "Write the amount in yuan with at most two decimals, for "
                               "example 1200 or 1200.50."));
}

QString rowError(int row, const QString &message)
{
    return t(QT_TRANSLATE_NOOP("relief::gui::RegistryText", "Row %1: %2"))
        .arg(row + 1)
        .arg(message);
}

} // namespace relief::gui
