package dev.integrations.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import dev.integrations.logging.FlowContext;

/**
 * Runs blocking provider calls side by side on virtual threads, each with the caller's logging
 * context, and returns their results in input order. The first call to fail, in completion order,
 * cancels the calls still running and its failure is rethrown.
 */
public final class ParallelCalls {

	private ParallelCalls() {
	}

	/**
	 * Applies {@code call} to every input, at most {@code maxConcurrent} at a time.
	 * @throws RuntimeException the first failure of a call, unwrapped
	 */
	public static <T, R> List<R> map(List<T> inputs, int maxConcurrent, Function<T, R> call) {
		Semaphore permits = new Semaphore(maxConcurrent);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			CompletionService<R> completions = new ExecutorCompletionService<>(executor);
			List<Future<R>> futures = new ArrayList<>(inputs.size());
			for (T input : inputs) {
				futures.add(completions.submit(FlowContext.propagate(() -> callWithPermit(permits, call, input))));
			}
			return collect(completions, futures);
		}
	}

	private static <T, R> R callWithPermit(Semaphore permits, Function<T, R> call, T input) {
		try {
			permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to call the provider", ex);
		}
		try {
			return call.apply(input);
		}
		finally {
			permits.release();
		}
	}

	private static <R> List<R> collect(CompletionService<R> completions, List<Future<R>> futures) {
		try {
			for (int done = 0; done < futures.size(); done++) {
				completions.take().get();
			}
			List<R> results = new ArrayList<>(futures.size());
			for (Future<R> future : futures) {
				results.add(future.resultNow());
			}
			return results;
		}
		catch (ExecutionException ex) {
			futures.forEach((future) -> future.cancel(true));
			throw unwrap(ex.getCause());
		}
		catch (InterruptedException ex) {
			futures.forEach((future) -> future.cancel(true));
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for provider calls", ex);
		}
	}

	private static RuntimeException unwrap(Throwable cause) {
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(cause);
	}

}
