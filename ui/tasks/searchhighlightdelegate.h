#pragma once

#include <QStyledItemDelegate>

namespace actidesk {

class ScopeFilterModel;

// Draws a name with the words of the filter's search in bold on a highlight-tinted background,
// so a match among many rows (and the parents shown only for their children) is seen at once.
class SearchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SearchHighlightDelegate(const ScopeFilterModel *filter, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    const ScopeFilterModel *m_filter;
};

} // namespace actidesk
