package com.kacrm.app.generator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GeneratorPresetTests {

	@Test
	void fullIsTheEnterpriseVolumeOfIssueEleven() {
		GeneratorPreset full = GeneratorPreset.of("full");
		assertThat(full.reps()).isEqualTo(200);
		assertThat(full.teams()).isEqualTo(20);
		assertThat(full.accounts()).isEqualTo(100_000);
		assertThat(full.contacts()).isEqualTo(1_000_000);
		assertThat(full.opportunities()).isEqualTo(300_000);
		assertThat(full.activities()).isEqualTo(5_000_000);
		assertThat(full.leads()).isEqualTo(1_000_000);
		assertThat(full.pendingPerManager()).isEqualTo(200);
	}

	@Test
	void ciIsASmallOrganisation() {
		assertThat(GeneratorPreset.of(" CI ")).isEqualTo(GeneratorPreset.CI);
		assertThat(GeneratorPreset.CI.reps()).isEqualTo(12);
		assertThat(GeneratorPreset.CI.accounts()).isEqualTo(300);
	}

	@Test
	void aDecimalScalesFull() {
		GeneratorPreset tenth = GeneratorPreset.of("0.1");
		assertThat(tenth.teams()).isEqualTo(2);
		assertThat(tenth.reps()).isEqualTo(20);
		assertThat(tenth.accounts()).isEqualTo(10_000);
		assertThat(tenth.activities()).isEqualTo(500_000);
		assertThat(GeneratorPreset.of("1")).extracting(GeneratorPreset::accounts).isEqualTo(100_000);
	}

	@Test
	void anythingElseIsRefusedWithTheAllowedValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorPreset.of("huge"))
			.withMessageContaining("full, ci");
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorPreset.of("2"));
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorPreset.of("0"));
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorPreset.of(null));
	}

	@Test
	void rankToIdIsAPermutation() {
		for (long accounts : new long[] { 1, 10, 300, 1_000_003, 100_000 }) {
			long step = DataGenerator.permutationStep(accounts);
			java.util.BitSet seen = new java.util.BitSet();
			long limit = Math.min(accounts, 5000);
			for (long n = 1; n <= limit; n++) {
				seen.set((int) (((n - 1) * step) % accounts));
			}
			assertThat(seen.cardinality()).isEqualTo((int) limit);
		}
	}

}
