"""Merging the same event told by many articles into one cluster."""

from __future__ import annotations

from datetime import date

from diplograph.store.clusters import split_by_date, summary


def mention(event_id, day=None, granularity="day", value=None, article="a1", outlet="A",
            confidence=0.8):
    return {"event_id": event_id, "day": day, "date_granularity": granularity if (day or value) else None,
            "date": value or (day.isoformat() if day else None), "article_id": article,
            "outlet": outlet, "confidence": confidence, "published": None,
            "source_key": "RUS", "target_key": "UKR", "source_name": "Russia",
            "target_name": "Ukraine", "root": "19", "cameo": "190", "name": "x", "goldstein": -10.0,
            "quad_class": 4, "plover": "ASSAULT", "modality": "asserted", "in_lead": True,
            "evidence_text": event_id, "url": None, "location_name": None,
            "location_country": None, "latitude": None, "longitude": None, "location_kind": None,
            "geonames_id": None}


def test_day_level_mentions_within_a_day_of_the_first_merge():
    found = split_by_date([mention("e1", date(2024, 5, 1)), mention("e2", date(2024, 5, 2)),
                           mention("e3", date(2024, 5, 3)), mention("e4", date(2024, 5, 9))])
    assert [[m["event_id"] for m in c] for c in found] == [["e1", "e2"], ["e3"], ["e4"]]


def test_coarser_dates_merge_when_equal_and_undated_mentions_stay_alone():
    found = split_by_date([mention("m1", granularity="month", value="2024-05"),
                           mention("m2", granularity="month", value="2024-05"),
                           mention("m3", granularity="month", value="2024-06"),
                           mention("u1"), mention("u2")])
    assert sorted(sorted(m["event_id"] for m in c) for c in found) == [
        ["m1", "m2"], ["m3"], ["u1"], ["u2"]]


def test_cluster_counts_and_representative():
    cluster = [mention("e1", date(2024, 5, 1), article="a1", outlet="A", confidence=0.6),
               mention("e2", date(2024, 5, 1), article="a2", outlet="B", confidence=0.9),
               mention("e3", date(2024, 5, 2), article="a2", outlet="B", confidence=0.7)]
    row, links = summary(cluster)
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (3, 2, 2)
    assert row["representative_event_id"] == "e2" and row["date"] == "2024-05-01"
    assert sorted(e for e, _ in links) == ["e1", "e2", "e3"]
    assert summary(list(reversed(cluster)))[0]["cluster_id"] == row["cluster_id"]


def test_the_same_event_from_two_articles_is_one_cluster(tmp_path, written_folder):
    import duckdb

    from diplograph.store.ingest import Ingest, IngestOptions
    db = tmp_path / "two.duckdb"
    Ingest(IngestOptions(db=str(db))).run([str(written_folder)])
    con = duckdb.connect(str(db), read_only=True)
    meetings = con.execute("""SELECT num_mentions, num_articles FROM clusters
                              WHERE root = '04' AND 'GRC' IN (source_key, target_key)""").fetchall()
    assert meetings == [(2, 2)]  # Monday and Tuesday tellings of the Ankara talks, either order
