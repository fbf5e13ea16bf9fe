package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Readiness: not ready until the schema is migrated and every start step has ended")
class StartupProgressTest {

  private final StartupProgress progress = new StartupProgress();

  @Test
  void notReadyBeforeTheSchemaIsMigrated() {
    StartupProgress.State state = progress.state();

    assertThat(state.ready()).isFalse();
    assertThat(state.data()).containsEntry("schema", "pending");
  }

  @Test
  void notReadyWhileAStepRegisteredBeforeTheSchemaWasMarkedIsPending() {
    progress.awaiting("first-start-import");
    progress.schemaMigrated("6");

    StartupProgress.State state = progress.state();

    assertThat(state.ready()).isFalse();
    assertThat(state.data())
        .containsEntry("schema", "version 6")
        .containsEntry("first-start-import", "pending");
  }

  @Test
  void readyOnceEveryStepHasEndedWithItsOutcomeInTheData() {
    progress.awaiting("first-start-import");
    progress.schemaMigrated("6");
    progress.ended("first-start-import", "INVALID (run 1)");

    StartupProgress.State state = progress.state();

    assertThat(state.ready()).as("an import that ended refused still ends the step").isTrue();
    assertThat(state.data()).containsEntry("first-start-import", "INVALID (run 1)");
  }

  @Test
  void aStepEndedButTheSchemaNotYetMigratedIsNotReady() {
    progress.awaiting("first-start-import");
    progress.ended("first-start-import", "skipped: the database already holds data");

    assertThat(progress.state().ready()).isFalse();
  }

  @Test
  void readyWithTheSchemaAloneWhenNoStepWasRegistered() {
    progress.schemaMigrated("6");

    assertThat(progress.state().ready()).isTrue();
  }
}
