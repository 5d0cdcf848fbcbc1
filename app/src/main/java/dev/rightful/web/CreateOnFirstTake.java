package dev.rightful.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.AsyncCommandExecutor;
import io.github.bucket4j.distributed.proxy.CommandExecutor;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.OptimizationListener;
import io.github.bucket4j.distributed.remote.RemoteCommand;
import io.github.bucket4j.distributed.remote.commands.CreateInitialStateAndExecuteCommand;

/**
 * A Bucket4j optimization that sends every command with the bucket's configuration, so a bucket
 * that does not exist yet is created by the same transaction that takes from it. Without it, a
 * proxy's first command finds no row, rolls back, and is sent again with the configuration: two
 * transactions for every new bucket, and most buckets are new (one per consumer's email). With the
 * JDBC back-ends the command runs in this JVM, so carrying the configuration costs nothing on the
 * wire. An existing bucket is taken from as it is (the command only creates what is missing).
 * Stacked under {@code inner} (batching), which then sends its merged commands the same way.
 */
final class CreateOnFirstTake implements Optimization {
  private final BucketConfiguration configuration;
  private final Optimization inner;

  CreateOnFirstTake(BucketConfiguration configuration, Optimization inner) {
    this.configuration = configuration;
    this.inner = inner;
  }

  @Override
  public Optimization withListener(OptimizationListener listener) {
    return new CreateOnFirstTake(configuration, inner.withListener(listener));
  }

  @Override
  public CommandExecutor apply(CommandExecutor executor) {
    return inner.apply(
        new CommandExecutor() {
          @Override
          public <T> io.github.bucket4j.distributed.remote.CommandResult<T> execute(
              RemoteCommand<T> command) {
            return executor.execute(withConfiguration(command));
          }
        });
  }

  @Override
  public AsyncCommandExecutor apply(AsyncCommandExecutor executor) {
    return inner.apply(
        new AsyncCommandExecutor() {
          @Override
          public <T>
              java.util.concurrent.CompletableFuture<
                      io.github.bucket4j.distributed.remote.CommandResult<T>>
                  executeAsync(RemoteCommand<T> command) {
            return executor.executeAsync(withConfiguration(command));
          }
        });
  }

  private <T> RemoteCommand<T> withConfiguration(RemoteCommand<T> command) {
    return command.isInitializationCommand()
        ? command
        : new CreateInitialStateAndExecuteCommand<>(configuration, command);
  }
}
