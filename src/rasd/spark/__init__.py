"""Batch extraction on Apache Spark (``rasd spark``; ``python -m rasd.spark.job`` or ``spark-submit``): the same
extraction as ``rasd extract``/``rasd ingest``, per partition, written as Parquet that ``rasd ingest`` loads.

Importing this package does not import pyspark (an optional extra: ``pip install 'rasd[spark]'``); the output
layout (:mod:`.layout`) needs only pyarrow. See docs/scale.md.
"""
