package dev.delist.match;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One table per rule against the shipped EO 13971 list, hard negatives beside the hits. */
class MatcherRulesTests {

	private static final Matcher MATCHER = Listings.shippedMatcher();

	@ParameterizedTest(name = "{0} {1} {2} -> {5} {6}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			google-play | com.tencent.mm              | -                                  | Weixin       | -   | wechat     | APP_ID_EXACT
			google-play | COM.TENCENT.MM              | -                                  | x            | -   | wechat     | APP_ID_EXACT
			apple       | 414478124                   | com.example.other                  | x            | -   | wechat     | STORE_ID
			apple       | 1                           | com.tencent.XIN                    | x            | -   | wechat     | BUNDLE_ID_EXACT
			google-play | com.intsig.camscanner.lite  | -                                  | x            | -   | camscanner | BUNDLE_ID_VARIANT
			google-play | cn.wps.moffice_ent          | -                                  | x            | -   | wps-office | BUNDLE_ID_VARIANT
			google-play | com.zhiliaoapp.x.hd         | -                                  | x            | -   | -          | -
			apple       | 2                           | com.eg.android.AlipayGphone        | x            | -   | alipay     | BUNDLE_ID_VARIANT
			apple       | 3                           | com.intsig.CamScannerLite.hd       | x            | -   | camscanner | BUNDLE_ID_VARIANT
			google-play | com.lenovo.anyshare.cloneit | -                                  | x            | -   | shareit    | NAMESPACE
			google-play | com.lenovo.anysharelite     | -                                  | x            | -   | shareit    | BUNDLE_ID_VARIANT
			google-play | com.lenovo.anycast          | -                                  | x            | -   | -          | -
			google-play | com.lenovo.calendar         | -                                  | x            | -   | -          | -
			google-play | com.lenovo.leos.appstore    | -                                  | x            | -   | -          | -
			google-play | com.intsig.BCRLite          | -                                  | x            | -   | -          | -
			google-play | com.tencent.wework          | -                                  | x            | -   | -          | -
			""")
	void identifierRules(String store, String appId, String bundleId, String title, String developer, String entry,
			String code) {
		List<Match> matches = MATCHER.match(Listings.of(store, appId, bundleId, title, developer, null));
		assertEntryAndCode(matches, entry, code, Tier.CONFIRMED, Level.APP);
	}

	@ParameterizedTest(name = "{0} / {1} -> {3} {4} {5} {6}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			CamScanner HD                  | INTSIG Information Co., Ltd.                   | -         | camscanner | DEVELOPER_NAME | LIKELY   | APP
			CamCard - Business Card Reader | INTSIG Information Co.,Ltd                     | -         | camscanner | DEVELOPER_NAME | POSSIBLE | DEVELOPER
			WeCom                          | Tencent Technology (Shenzhen) Co., Ltd.        | -         | wechat     | DEVELOPER_NAME | POSSIBLE | DEVELOPER
			WeChat Work                    | Tencent Technology (Shenzhen) Company Limited  | -         | wechat     | DEVELOPER_NAME | POSSIBLE | DEVELOPER
			WeCom                          | WeCom Dev                                      | 614694882 | wechat     | DEVELOPER_ID   | LIKELY   | DEVELOPER
			微信                            | 騰訊科技(深圳)有限公司                           | -         | wechat     | TITLE_EXACT    | POSSIBLE | APP
			WPS Office                     | 金山辦公                                        | -         | wps-office | DEVELOPER_NAME | LIKELY   | APP
			SHAREit: Connect & Transfer    | SMART MEDIA4U TECHNOLOGY PTE LTD               | -         | shareit    | DEVELOPER_NAME | LIKELY   | APP
			Smart Share                    | Smart Media Technology Pte. Ltd.               | -         | -          | -              | -        | -
			Doc Scanner                    | Bright Star Information Co., Ltd.              | -         | -          | -              | -        | -
			Easy Notes                     | Shenzhen Technology Co., Ltd.                  | -         | -          | -              | -        | -
			Photo Editor                   | Information Technology Company Limited         | -         | -          | -              | -        | -
			UC Browser                     | UCWeb Singapore Pte. Ltd.                      | -         | vmate      | DEVELOPER_NAME | POSSIBLE | DEVELOPER
			AliExpress                     | Alibaba.com Singapore E-Commerce Private Limited | -       | -          | -              | -        | -
			""")
	void developerRules(String title, String developer, String developerId, String entry, String code, Tier tier,
			Level level) {
		List<Match> matches = MATCHER.match(Listings.of("apple", "9", "com.example.x", title, developer, developerId));
		assertEntryAndCode(matches, entry, code, tier, level);
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			CamScanner                          | camscanner | TITLE_EXACT
			CamScanner - PDF Scanner App        | camscanner | TITLE_EXACT
			CAMSCANNER Lite                     | camscanner | TITLE_EXACT
			CamScanner PDF Scanner              | camscanner | TITLE_SIMILAR
			CamScaner                           | camscanner | TITLE_SIMILAR
			扫描全能王                           | camscanner | TITLE_EXACT
			掃描全能王 极速版                     | camscanner | TITLE_EXACT
			ＷｅＣｈａｔ                          | wechat     | TITLE_EXACT
			Alipay - Simplify Your Life         | alipay     | TITLE_EXACT
			支付寶                               | alipay     | TITLE_EXACT
			QQ                                  | tencent-qq | TITLE_EXACT
			茄子快傳                             | shareit    | TITLE_EXACT
			WPS Office: PDF, Docs, Sheets       | wps-office | TITLE_EXACT
			VMate Status                        | vmate      | TITLE_EXACT
			QQ Music                            | -          | -
			WeChat Work                         | -          | -
			Cam Scan PDF                        | -          | -
			Doc Scanner - PDF Creator           | -          | -
			Tiny Scanner                        | -          | -
			Share Karo                          | -          | -
			Office Suite                        | -          | -
			Pay Wallet                          | -          | -
			""")
	void titleRules(String title, String entry, String code) {
		List<Match> matches = MATCHER.match(Listings.of("google-play", "org.example.unrelated", null, title,
				"Unrelated Apps LLC", null));
		assertEntryAndCode(matches, entry, code, Tier.POSSIBLE, Level.APP);
	}

	@Test
	void explanationsAreOneLine() {
		List<Match> matches = MATCHER.match(Listings.of("google-play", "com.intsig.camscanner", null, "CamScanner",
				"INTSIG Information Co.,Ltd", null));
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).score()).isBetween(0.0, 1.0);
		assertThat(matches).flatMap(Match::reasons).allSatisfy((r) -> assertThat(r.explanation()).doesNotContain("\n"));
	}

	@Test
	void identifiersOnlySkipsNames() {
		Matcher ids = new Matcher(Listings.shippedLists(), Listings.RUN_DATE, MatchingRules.defaults().identifiersOnly());
		assertThat(ids.match(Listings.of("google-play", "org.x", null, "CamScanner", "INTSIG Information Co.,Ltd", null)))
			.isEmpty();
	}

	private static void assertEntryAndCode(List<Match> matches, String entry, String code, Tier tier, Level level) {
		if (entry == null) {
			assertThat(matches).as("no match expected").isEmpty();
			return;
		}
		Optional<Match> match = matches.stream().filter((m) -> m.entryId().equals(entry)).findFirst();
		assertThat(match).as("a match for %s in %s", entry, matches).isPresent();
		assertThat(match.get().reasons()).extracting(Reason::code).contains(code);
		assertThat(match.get().tier()).as("tier").isEqualTo(tier);
		assertThat(match.get().level()).as("level").isEqualTo(level);
	}

}
