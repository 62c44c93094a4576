#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace actidesk {

// "Loading…" over a view while the first fetch of what it shows runs: it covers the view's
// "nothing here" state (an empty table, an empty-week hint), which would be a false statement
// until the server answered. Follows the viewport's size; hidden until setLoading(true).
class LoadingOverlay : public QLabel
{
    Q_OBJECT
public:
    explicit LoadingOverlay(QAbstractScrollArea *view, const QString &text = {});

    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_loading = false;
};

} // namespace actidesk
