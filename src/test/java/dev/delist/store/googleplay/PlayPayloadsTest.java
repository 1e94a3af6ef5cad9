package dev.delist.store.googleplay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlayPayloadsTest {

	@Test
	void routesByRpcIdNotByTheUsualKey() {
		PlayPayloads payloads = PlayPayloads.scan(OwnPages.read("details-routed.html"));
		assertThat(payloads.hasServiceMap()).isTrue();
		assertThat(payloads.keysFor("Ws7gDc")).containsExactly("ds:2", "ds:7");
		// ds:5 holds another rpc's record; the largest Ws7gDc block (ds:7, not the partial ds:2) is the full one.
		assertThat(PlayJson.text(PlayJson.at(payloads.payload("Ws7gDc", "ds:5"), 1, 2, 0, 0))).isEqualTo("Routed Example");
	}

	@Test
	void requestStringsCannotFakeAMapEntry() {
		PlayPayloads payloads = PlayPayloads.scan(OwnPages.read("details-routed.html"));
		assertThat(payloads.keysFor("oCPfdb")).containsExactly("ds:8");
		assertThat(payloads.keysFor("Ws7gDc")).doesNotContain("ds:8");
	}

	@Test
	void literalKeyIsUsedOnlyWhenThePageHasNoMap() {
		PlayPayloads mapless = PlayPayloads.scan(OwnPages.read("details-no-map.html"));
		assertThat(mapless.hasServiceMap()).isFalse();
		assertThat(mapless.payload("Ws7gDc", "ds:5")).isNotNull();
		assertThat(mapless.payload("Ws7gDc", null)).isNull();

		PlayPayloads mapped = PlayPayloads.scan(OwnPages.read("details-routed.html"));
		assertThat(mapped.payload("NoSuch", "ds:5")).as("the map says no such rpc here").isNull();
	}

	@Test
	void missingBlockAndNonJsonDataGiveNull() {
		assertThat(PlayPayloads.scan(OwnPages.read("details-no-payload.html")).payload("Ws7gDc", "ds:5")).isNull();
		assertThat(PlayPayloads.scan(OwnPages.read("details-function-wrapper.html")).payload("Ws7gDc", "ds:5"))
			.isNull();
		assertThat(PlayPayloads.scan("").payload("Ws7gDc", "ds:5")).isNull();
	}

	@Test
	void findsCallbacksThatComeBeforeTheMap() {
		String html = "<script>AF_initDataCallback({key: 'ds:1', hash: '1', data:[\"early\"], sideChannel: {}});</script>"
				+ "<script>var AF_dataServiceRequests = {'ds:1' : {id:'abc',request:[]}};</script>";
		assertThat(PlayJson.text(PlayJson.at(PlayPayloads.scan(html).payload("abc", null), 0))).isEqualTo("early");
	}

	@Test
	void toleratesSpacingAndTruncation() {
		String html = "<script>var AF_dataServiceRequests ={ 'ds:1' :{ id : 'abc', request:[]}};</script>"
				+ "<script>AF_initDataCallback( { key : 'ds:1' , hash: '1', data : [1, [2, \"x\"]] , sideChannel: {}});"
				+ "</script><script>AF_initDataCallback({key: 'ds:2', data:[1, 2";
		PlayPayloads payloads = PlayPayloads.scan(html);
		assertThat(payloads.keysFor("abc")).containsExactly("ds:1");
		assertThat(PlayJson.text(PlayJson.at(payloads.payload("abc", null), 1, 1))).isEqualTo("x");
		assertThat(PlayPayloads.scan(html.replace("AF_dataServiceRequests =", "X =")).payload("abc", "ds:2"))
			.as("cut-off JSON").isNull();
	}

}
