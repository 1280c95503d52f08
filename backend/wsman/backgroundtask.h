#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// Runs `work()` on a thread of `pool` and hands its result to `done(result)` on `context`'s thread,
// through the event loop. When `context` is destroyed first, `done` is never called and the
// result is dropped where it was made (on the worker): `work` must therefore own everything it
// touches (capture by value), never `context` or its members. This is what keeps the parse of a
// 3 MB reply off the GUI thread while the job that asked for it may be deleted at any moment.
//
// The worker and the context meet only in the promise's shared state, which is thread-safe: no
// pointer to `context` ever reaches the worker (a QPointer read there would race its deletion).
template<typename Work, typename Done>
void runInBackground(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work &>;
    static_assert(!std::is_void_v<Result>, "the work hands a result back");

    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         QFuture<Result> future = watcher->future();
                         if (future.resultCount() > 0)
                             done(future.takeResult());
                     });
    watcher->setFuture(promise->future());
    // QThreadPool::start() takes a copyable std::function in Qt 6.4: share the move-only state.
    // Only the task holds it, so it goes with the task, on the worker.
    auto task = std::make_shared<std::optional<Work>>(std::move(work));
    pool->start([promise = std::move(promise), task = std::move(task)] {
        promise->start();
        promise->addResult((**task)());
        // The work's captures (a whole reply, a parsed tree) are freed here, not on the GUI
        // thread.
        task->reset();
        promise->finish();
    });
}

// Drops `value` on a thread of `pool` instead of the calling one: the last reference to a large
// implicitly shared value (a listing's Tunnels: tens of thousands of strings) costs the GUI thread
// milliseconds of frees. Whoever still shares it keeps it; the pool only drops this reference.
// Without a pool, or for an empty value, it is dropped here.
template<typename T> void releaseInBackground(QThreadPool *pool, T value)
{
    if (!pool || value.isEmpty())
        return;
    pool->start([value = std::move(value)]() mutable { value = T(); });
}
