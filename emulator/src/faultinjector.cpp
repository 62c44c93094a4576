#include "faultinjector.h"

using namespace Qt::StringLiterals;

namespace emu {

bool FaultRule::kindFromString(const QString &text, Kind *kind)
{
    static const QList<QPair<QString, Kind>> names{
        {u"delay"_s, Kind::Delay},
        {u"drop"_s, Kind::DropBeforeHandling},
        {u"drop-after"_s, Kind::DropAfterHandling},
        {u"error500"_s, Kind::ServerError},
        {u"malformed"_s, Kind::MalformedJson},
    };
    for (const auto &[name, value] : names) {
        if (name == text) {
            *kind = value;
            return true;
        }
    }
    return false;
}

std::optional<FaultRule> FaultInjector::take(const HttpRequest &request)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (!rule.pathContains.isEmpty() && !request.path.contains(rule.pathContains))
            continue;
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        const FaultRule taken = rule;
        if (rule.count > 0 && --rule.count == 0)
            m_rules.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace emu
