package org.openneighbourhood.portal.api;

public record WhatMatters(String text) {}
