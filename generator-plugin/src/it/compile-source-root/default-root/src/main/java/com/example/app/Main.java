package com.example.app;

import com.example.weather.WeatherClient;
import com.example.weather.model.Forecast;

/** Uses the generated model and client, so the build compiles only when both are on a source root. */
public final class Main {

  private Main() {}

  public static String describe(Forecast forecast, WeatherClient client) {
    return forecast + " from " + client;
  }
}
